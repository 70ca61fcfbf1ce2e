namespace RegKnowledge.Model.Diagnostics;

/// <summary>The catalogue of diagnostic codes. Codes are stable: never renumber or reuse one.</summary>
/// <remarks>RK1xxx: the file cannot be read as content. RK2xxx: references and ids. RK3xxx: values. RK4xxx: staleness and coverage. RK5xxx: confidentiality labels.</remarks>
public static class DiagnosticCodes
{
    /// <summary>YAML syntax error.</summary>
    public const string Syntax = "RK1001";
    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "RK1002";
    /// <summary>A key the content model does not know.</summary>
    public const string UnknownKey = "RK1003";
    /// <summary>A required value is missing or null.</summary>
    public const string MissingValue = "RK1004";
    /// <summary>A value of the wrong type (list where text is expected, text where a number is...).</summary>
    public const string WrongType = "RK1005";
    /// <summary>yes/no/on/off (and similar) written unquoted: ambiguous between text and true/false.</summary>
    public const string AmbiguousScalar = "RK1006";
    /// <summary>A YAML tag (!!str, !custom) — not allowed.</summary>
    public const string TagNotAllowed = "RK1007";
    /// <summary>Anchors and aliases (&amp;a, *a) — not allowed.</summary>
    public const string AliasNotAllowed = "RK1008";
    /// <summary>Nesting deeper than the limit.</summary>
    public const string TooDeep = "RK1009";
    /// <summary>File larger than the limit.</summary>
    public const string FileTooLarge = "RK1010";
    /// <summary>Bytes that are not UTF-8.</summary>
    public const string InvalidEncoding = "RK1011";
    /// <summary>A tab used for indentation.</summary>
    public const string Tab = "RK1012";
    /// <summary>More than one YAML document in a file.</summary>
    public const string MultipleDocuments = "RK1013";
    /// <summary>Text longer than the field allows.</summary>
    public const string TextTooLong = "RK1014";
    /// <summary>A date that is not a real yyyy-mm-dd date.</summary>
    public const string InvalidDate = "RK1015";
    /// <summary>An empty file.</summary>
    public const string EmptyFile = "RK1016";
    /// <summary>Control or bidirectional-override characters in text.</summary>
    public const string ForbiddenCharacter = "RK1017";
    /// <summary>The id does not equal the file name.</summary>
    public const string IdFileMismatch = "RK1018";
    /// <summary>A value outside the allowed list (enums).</summary>
    public const string UnknownEnumValue = "RK1019";
    /// <summary>Too many YAML nodes in a file.</summary>
    public const string TooManyNodes = "RK1020";
    /// <summary>A file in a folder the loader does not know, or with the wrong extension.</summary>
    public const string UnexpectedFile = "RK1021";
    /// <summary>A required file (taxonomy, site config) is missing.</summary>
    public const string MissingFile = "RK1022";

    /// <summary>A reference to an id that does not exist.</summary>
    public const string UnknownReference = "RK2001";
    /// <summary>An id used twice.</summary>
    public const string DuplicateId = "RK2002";
    /// <summary>An id that is not lower-case letters, digits, '-' and '.'.</summary>
    public const string InvalidId = "RK2003";
    /// <summary>A reference to an instrument or regulator of another jurisdiction.</summary>
    public const string CrossJurisdictionReference = "RK2004";
    /// <summary>Mapping file name does not match its standard and jurisdiction.</summary>
    public const string MappingFileName = "RK2005";
    /// <summary>Mapping made against a version the standard does not list.</summary>
    public const string UnknownStandardVersion = "RK2006";

    /// <summary>URL not absolute https (mailto allowed where stated).</summary>
    public const string InvalidUrl = "RK3001";
    /// <summary>Dates in the wrong order.</summary>
    public const string DatesOutOfOrder = "RK3002";
    /// <summary>Number out of range.</summary>
    public const string OutOfRange = "RK3003";
    /// <summary>A stance with no source.</summary>
    public const string StanceWithoutSource = "RK3004";
    /// <summary>Two stances for one topic.</summary>
    public const string DuplicateStance = "RK3005";
    /// <summary>A topic with no stance for a jurisdiction.</summary>
    public const string MissingStance = "RK3006";
    /// <summary>Inconsistent mapping fields (e.g. no-relationship with strength &gt; 0, instrument missing).</summary>
    public const string InconsistentMapping = "RK3007";
    /// <summary>An empty list where at least one item is needed.</summary>
    public const string EmptyList = "RK3008";
    /// <summary>A Markdown body nests too deeply to render (Markdig's depth limit).</summary>
    public const string MarkdownTooDeep = "RK3009";

    /// <summary>A stance older than its review cycle.</summary>
    public const string StaleStance = "RK4001";
    /// <summary>A stance past its next-review date.</summary>
    public const string ReviewOverdue = "RK4002";
    /// <summary>A mapping older than its review cycle.</summary>
    public const string StaleMapping = "RK4003";
    /// <summary>An approved, active clause mapped nowhere.</summary>
    public const string OrphanClause = "RK4004";
    /// <summary>A mapping made against an older version of its standard.</summary>
    public const string OutdatedMappingVersion = "RK4005";
    /// <summary>Guidance older than its review cycle.</summary>
    public const string StaleGuidance = "RK4006";

    /// <summary>A field labelled less restrictively than the item that holds it.</summary>
    public const string LabelLeak = "RK5001";
    /// <summary>An audience or recipient configuration problem.</summary>
    public const string AudienceConfig = "RK5002";
}
