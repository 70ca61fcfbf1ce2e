using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RegKnowledge.Content.Load;

namespace RegKnowledge.Workflow.Scaffold;

/// <summary>Writes scalar values as YAML the strict loader reads back unchanged: plain when unambiguous, double-quoted otherwise.</summary>
internal static partial class YamlText
{
    /// <summary>Words YAML 1.1 readers take as booleans or null; the loader rejects them unquoted.</summary>
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    };

    /// <summary>A scalar (text, date, enum, number) on one line.</summary>
    public static string Scalar(object value) => value switch
    {
        string text => Text(text),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => ModelShape.EnumText(e),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Text(value.ToString() ?? ""),
    };

    /// <summary>Text as a plain scalar when safe, else double-quoted with escapes.</summary>
    public static string Text(string text)
    {
        if (text.Length > 0 && text == text.Trim() && PlainSafe().IsMatch(text) && !Ambiguous.Contains(text) && !LooksLikeNumberOrDate().IsMatch(text))
        {
            return text;
        }

        return Quoted(text);
    }

    /// <summary>Text double-quoted, with YAML escapes.</summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    // Letters, digits and a few punctuation marks that cannot start or change a YAML construct in the middle of a plain scalar.
    // '<' may start a plain scalar (it is no YAML indicator), which keeps examples like <topic id> readable.
    [GeneratedRegex(@"^[\p{L}\p{N}<][\p{L}\p{N} ._/()+,'’<>-]*$")]
    private static partial Regex PlainSafe();

    // Numbers and dates would be read back as such by a YAML 1.1 reader; version numbers like 1.1.0 are not numbers.
    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)?|[0-9]{4}-[0-9]{2}-[0-9]{2}|0x[0-9a-fA-F]+)$")]
    private static partial Regex LooksLikeNumberOrDate();
}
