using System.Collections;
using System.Globalization;
using RegKnowledge.Content.Load;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Workflow.Diff;

/// <summary>Content objects as comparable text: every field as "path: value", walked through <see cref="ModelShape"/> like the loader.</summary>
internal static class ContentText
{
    /// <summary>One line per scalar value, e.g. "stances.sources.url: https://…". Keys in <paramref name="skipTopLevel"/> are left out.</summary>
    public static IEnumerable<(string Path, string Value)> Fields(ContentNode node, params string[] skipTopLevel) =>
        Walk(node, "", skipTopLevel);

    /// <summary>The display text of a scalar value: ISO dates, kebab-case enums, TLP labels as FIRST writes them.</summary>
    public static string Format(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Tlp tlp => TlpText.Label(tlp),
        Enum e => ModelShape.EnumText(e),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>How alike two objects are, 0 to 1: the Dice coefficient over the words of each field (word tagged with its field).</summary>
    /// <remarks>Tagging words with their field keeps "sg" in a jurisdiction field apart from "sg" in a summary, so two
    /// files that merely share a shape do not look alike.</remarks>
    public static double Similarity(ContentNode a, ContentNode b, params string[] skipTopLevel)
    {
        var left = Words(a, skipTopLevel);
        var right = Words(b, skipTopLevel);
        var total = left.Values.Sum() + right.Values.Sum();
        if (total == 0)
        {
            return 1;
        }

        var common = left.Sum(pair => Math.Min(pair.Value, right.GetValueOrDefault(pair.Key)));
        return 2.0 * common / total;
    }

    private static Dictionary<string, int> Words(ContentNode node, string[] skip)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, value) in Fields(node, skip))
        {
            foreach (var word in value.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var key = path + "=" + word;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }

    private static readonly char[] Separators = [' ', '\n', '\r', '\t', ',', '.', ';', ':', '(', ')', '"', '\'', '/', '-', '[', ']'];

    private static IEnumerable<(string, string)> Walk(ContentNode node, string prefix, string[] skip)
    {
        foreach (var shape in ModelShape.Of(node.GetType()))
        {
            if (prefix.Length == 0 && skip.Contains(shape.Key, StringComparer.Ordinal))
            {
                continue;
            }

            var path = prefix.Length == 0 ? shape.Key : prefix + "." + shape.Key;
            foreach (var field in Values(shape.Property.GetValue(node), path, skip))
            {
                yield return field;
            }
        }
    }

    private static IEnumerable<(string, string)> Values(object? value, string path, string[] skip)
    {
        switch (value)
        {
            case null:
                yield break;
            case ContentNode child:
                foreach (var field in Walk(child, path, skip)) yield return field;
                break;
            case string text:
                yield return (path, text);
                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    foreach (var field in Values(item, path, skip)) yield return field;
                }

                break;
            default:
                yield return (path, Format(value));
                break;
        }
    }
}
