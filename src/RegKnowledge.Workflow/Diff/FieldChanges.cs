using System.Collections;
using RegKnowledge.Content.Load;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Workflow.Diff;

/// <summary>Plain-language phrases for the fields that differ between two versions of one object ("deadline 2026-12-15 → 2027-01-15").</summary>
internal static class FieldChanges
{
    private const int ShortText = 80;

    /// <summary>Words for YAML keys where the key itself reads poorly.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["closes"] = "deadline",
        ["tlp"] = "label",
        ["as_of"] = "as of",
        ["in_force"] = "in force",
        ["next_review"] = "next review",
        ["reviewed_on"] = "reviewed on",
        ["internal_notes"] = "internal notes",
        ["draft_rationale"] = "draft rationale",
        ["standard_version"] = "mapped against version",
        ["related_clauses"] = "related clauses",
        ["response_url"] = "response link",
        ["outcome_date"] = "outcome date",
        ["body"] = "text",
    };

    /// <summary>The label shown for a YAML key.</summary>
    public static string Label(string key) => Labels.TryGetValue(key, out var label) ? label : key.Replace('_', ' ');

    /// <summary>Phrases for every top-level field that differs, in <paramref name="first"/> order then model order; <paramref name="skip"/> keys are left to the caller.</summary>
    public static List<string> Compare(ContentNode before, ContentNode after, string[] skip, params string[] first)
    {
        var shapes = ModelShape.Of(after.GetType())
            .Where(s => !skip.Contains(s.Key, StringComparer.Ordinal))
            .OrderBy(s => Array.IndexOf(first, s.Key) is var i && i < 0 ? int.MaxValue : i)
            .ToList();
        var phrases = new List<string>();
        foreach (var shape in shapes)
        {
            if (Describe(shape.Key, shape.Property.GetValue(before), shape.Property.GetValue(after)) is { } phrase)
            {
                phrases.Add(phrase);
            }
        }

        return phrases;
    }

    /// <summary>One phrase for one field, or null when it did not change.</summary>
    public static string? Describe(string key, object? before, object? after)
    {
        var label = Label(key);
        if (before is IEnumerable and not string || after is IEnumerable and not string)
        {
            return DescribeList(label, before as IEnumerable, after as IEnumerable);
        }

        var old = before is null ? null : ContentText.Format(before);
        var now = after is null ? null : ContentText.Format(after);
        if (string.Equals(old, now, StringComparison.Ordinal))
        {
            return null;
        }

        if (old is null) return IsShort(now!) ? $"{label} set to {Quote(now!)}" : $"{label} added";
        if (now is null) return IsShort(old) ? $"{label} removed (was {Quote(old)})" : $"{label} removed";
        return IsShort(old) && IsShort(now) ? $"{label} {Quote(old)} → {Quote(now)}" : $"{label} rewritten";
    }

    private static string? DescribeList(string label, IEnumerable? before, IEnumerable? after)
    {
        var old = (before ?? Array.Empty<object>()).Cast<object>().ToList();
        var now = (after ?? Array.Empty<object>()).Cast<object>().ToList();
        if (old.Concat(now).Any(item => item is ContentNode))
        {
            // Lists of objects (sources, versions, audiences) have their own describers where it matters; elsewhere say that it changed.
            var oldText = string.Join("\n", old.OfType<ContentNode>().SelectMany(n => ContentText.Fields(n)));
            var nowText = string.Join("\n", now.OfType<ContentNode>().SelectMany(n => ContentText.Fields(n)));
            return string.Equals(oldText, nowText, StringComparison.Ordinal) ? null : $"{label} changed";
        }

        var oldValues = old.Select(ContentText.Format).ToList();
        var newValues = now.Select(ContentText.Format).ToList();
        var added = newValues.Except(oldValues, StringComparer.Ordinal).ToList();
        var removed = oldValues.Except(newValues, StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (added.Count > 0) parts.Add("added " + string.Join(", ", added));
        if (removed.Count > 0) parts.Add("removed " + string.Join(", ", removed));
        if (parts.Count == 0)
        {
            return oldValues.SequenceEqual(newValues, StringComparer.Ordinal) ? null : $"{label} reordered";
        }

        return $"{label}: {string.Join("; ", parts)}";
    }

    private static bool IsShort(string text) => text.Length <= ShortText && !text.Contains('\n', StringComparison.Ordinal);

    /// <summary>Quotes text with spaces so "title A B → C D" stays readable; ids, dates and levels stay bare.</summary>
    internal static string Quote(string text) => text.Contains(' ', StringComparison.Ordinal) ? $"“{text}”" : text;
}
