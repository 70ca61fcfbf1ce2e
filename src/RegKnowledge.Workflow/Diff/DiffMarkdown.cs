using System.Text;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Workflow.Diff;

/// <summary>Writes a <see cref="DiffReport"/> as GitHub-flavoured Markdown for a pull-request comment.</summary>
public static class DiffMarkdown
{
    /// <summary>The report; <paramref name="contentPrefix"/> (e.g. "content/") is put before file paths.</summary>
    public static string Write(DiffReport report, string contentPrefix = "")
    {
        var text = new StringBuilder();
        text.Append("## Content changes: ").Append(Code(report.Base.ToString())).Append(" → ").Append(Code(report.Head.ToString())).Append("\n\n");
        if (report.Changes.Count == 0)
        {
            text.Append("No content changes.\n\n");
        }
        else
        {
            text.Append("**").Append(Plural(report.Changes.Count, "change")).Append("**: ")
                .Append(string.Join(", ", report.Counts().Select(c => $"{AreaName(c.Area).ToLowerInvariant()} {Counts(c)}"))).Append("\n\n");
            text.Append("| | Added | Changed | Renamed | Removed |\n|---|---:|---:|---:|---:|\n");
            foreach (var (area, added, changed, renamed, removed) in report.Counts())
            {
                text.Append($"| {AreaName(area)} | {added} | {changed} | {renamed} | {removed} |\n");
            }

            foreach (var group in report.Changes.GroupBy(c => c.Area))
            {
                text.Append("\n### ").Append(AreaName(group.Key)).Append("\n\n");
                foreach (var change in group)
                {
                    text.Append("- **").Append(Escape(change.Subject)).Append("**: ").Append(Escape(change.Headline)).Append('\n');
                    foreach (var detail in change.Details)
                    {
                        text.Append("  - ").Append(Escape(detail)).Append('\n');
                    }
                }
            }

            text.Append('\n');
        }

        text.Append("### Validation\n\n");
        if (report.IntroducedDiagnostics.Count == 0)
        {
            text.Append("No new validation findings.");
        }
        else
        {
            var errors = report.IntroducedDiagnostics.Count(d => d.Severity == Severity.Error);
            text.Append($"This change introduces {Plural(errors, "error")} and {Plural(report.IntroducedDiagnostics.Count - errors, "warning")}:\n\n");
            foreach (var d in report.IntroducedDiagnostics)
            {
                var severity = d.Severity == Severity.Error ? "error" : "warning";
                text.Append($"- {Code($"{contentPrefix}{d.Location}")} {severity} {d.Code}: {Escape(d.Message)}\n");
            }
        }

        if (report.HeadErrors > 0)
        {
            text.Append($"\n\n**{Plural(report.HeadErrors, "error")} in {Escape(report.Head.Name)}** — run `regk validate` to see them all.");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Display name of an area: "SiteSettings" → "Site settings".</summary>
    public static string AreaName(ChangeArea area) => area == ChangeArea.SiteSettings ? "Site settings" : area.ToString();

    private static string Counts((ChangeArea Area, int Added, int Changed, int Renamed, int Removed) c)
    {
        var parts = new List<string>();
        if (c.Added > 0) parts.Add($"{c.Added} added");
        if (c.Changed > 0) parts.Add($"{c.Changed} changed");
        if (c.Renamed > 0) parts.Add($"{c.Renamed} renamed");
        if (c.Removed > 0) parts.Add($"{c.Removed} removed");
        return string.Join(", ", parts);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Code(string text) => "`" + text.Replace("`", "'", StringComparison.Ordinal) + "`";

    /// <summary>Content text must not turn into markup, links or @-mentions in the comment.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\n' or '\r' ? ' ' : c);
            if (c == '@')
            {
                escaped.Append('\u200B'); // zero-width space: "@name" stays readable but pings no one.
            }
        }

        return escaped.ToString();
    }
}
