using System.ComponentModel;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Model.Mappings;

/// <summary>NIST IR 8477 set-theory relationship between a clause (source) and a local requirement (target).</summary>
public enum Relationship
{
    /// <summary>The two say the same thing.</summary>
    Equal,
    /// <summary>The clause is narrower than, and contained in, the local requirement.</summary>
    SubsetOf,
    /// <summary>The clause is wider than, and contains, the local requirement.</summary>
    SupersetOf,
    /// <summary>They overlap; each has content the other lacks.</summary>
    IntersectsWith,
    /// <summary>No local requirement corresponds.</summary>
    NoRelationship,
}

/// <summary>NIST IR 8477 rationale for a relationship.</summary>
public enum MappingBasis
{
    /// <summary>Wording compared.</summary>
    Syntactic,
    /// <summary>Meaning compared.</summary>
    Semantic,
    /// <summary>Effect in practice compared.</summary>
    Functional,
}

/// <summary>How sure the reviewer is.</summary>
public enum Confidence
{
    /// <summary>Needs checking.</summary>
    Low,
    /// <summary>Reasonably sure.</summary>
    Medium,
    /// <summary>Checked against the text.</summary>
    High,
}

/// <summary>The verdict members read: can a firm following the clause rely on it locally?</summary>
public enum Alignment
{
    /// <summary>Following the clause satisfies the local rule and vice versa.</summary>
    Aligned,
    /// <summary>Overlap with differences that need attention.</summary>
    Partial,
    /// <summary>The local regime has no corresponding requirement, or the clause misses a local one.</summary>
    Gap,
    /// <summary>Following one breaks the other.</summary>
    Conflict,
    /// <summary>The clause does not apply there (e.g. activity prohibited).</summary>
    NotApplicable,
}

/// <summary>Mappings of one standard's clauses onto one jurisdiction's rules. File `standard--jurisdiction.yaml`.</summary>
public sealed class MappingSet : ContentNode
{
    /// <summary>Standard id.</summary>
    [References("standard")]
    public required string Standard { get; set; }
    /// <summary>Version of the standard the mappings were made against.</summary>
    public required string StandardVersion { get; set; }
    /// <summary>Jurisdiction id.</summary>
    [References("jurisdiction")]
    public required string Jurisdiction { get; set; }
    /// <summary>TLP label for all mappings of the file; defaults to the taxonomy's mapping default.</summary>
    public Tlp? Tlp { get; set; }
    /// <summary>The mappings.</summary>
    public required List<Mapping> Mappings { get; set; }
}

/// <summary>One clause mapped to one local provision.</summary>
public sealed class Mapping : ContentNode
{
    /// <summary>Optional stable id; defaults to `clause--jurisdiction`. Give one when a clause maps to several provisions.</summary>
    [Description("Optional stable id; defaults to <clause>--<jurisdiction>. Required when a clause maps to several provisions.")]
    public string? Id { get; set; }
    /// <summary>Clause id of the standard.</summary>
    [References("clause")]
    public required string Clause { get; set; }
    /// <summary>Instrument id of the jurisdiction; omit only for no-relationship.</summary>
    [References("instrument")]
    public string? Instrument { get; set; }
    /// <summary>Provision within the instrument, e.g. `Article 75(7)`.</summary>
    public string? Provision { get; set; }
    /// <summary>NIST IR 8477 relationship.</summary>
    public required Relationship Relationship { get; set; }
    /// <summary>NIST IR 8477 basis.</summary>
    public required MappingBasis Basis { get; set; }
    /// <summary>Strength of the relationship, 0 (none) to 10 (identical).</summary>
    [Description("Strength of the relationship, 0 (none) to 10 (identical).")]
    public required int Strength { get; set; }
    /// <summary>Reviewer's confidence.</summary>
    public required Confidence Confidence { get; set; }
    /// <summary>Verdict for members.</summary>
    public required Alignment Alignment { get; set; }
    /// <summary>Why, naming the provision.</summary>
    [MaxTextLength(3000)]
    public required string Rationale { get; set; }
    /// <summary>Unpublished working text; carries its own (stricter) label.</summary>
    [MaxTextLength(3000)]
    public string? DraftRationale { get; set; }
    /// <summary>Label of the draft rationale; defaults to the taxonomy's mapping-draft-rationale default.</summary>
    public Tlp? DraftRationaleTlp { get; set; }
    /// <summary>Who reviewed it (working group id or role).</summary>
    public required string Reviewer { get; set; }
    /// <summary>When it was last reviewed.</summary>
    public required DateOnly ReviewedOn { get; set; }
    /// <summary>Label of this mapping; defaults to the file's.</summary>
    public Tlp? Tlp { get; set; }
}
