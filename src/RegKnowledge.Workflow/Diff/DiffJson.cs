using System.Text.Json;
using System.Text.Json.Nodes;
using RegKnowledge.Content.Load;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Workflow.Diff;

/// <summary>Writes a <see cref="DiffReport"/> as JSON for tools (snake_case keys, kebab-case values).</summary>
public static class DiffJson
{
    /// <summary>The report as indented JSON; <paramref name="contentPrefix"/> is put before file paths.</summary>
    public static string Write(DiffReport report, string contentPrefix = "")
    {
        var summary = new JsonObject();
        foreach (var (area, added, changed, renamed, removed) in report.Counts())
        {
            summary[ModelShape.EnumText(area)] = new JsonObject { ["added"] = added, ["changed"] = changed, ["renamed"] = renamed, ["removed"] = removed };
        }

        var changes = new JsonArray();
        foreach (var change in report.Changes)
        {
            var details = new JsonArray();
            foreach (var detail in change.Details) details.Add(detail);
            changes.Add(new JsonObject
            {
                ["area"] = ModelShape.EnumText(change.Area),
                ["type"] = ModelShape.EnumText(change.Type),
                ["id"] = change.Id,
                ["renamed_from"] = change.RenamedFrom,
                ["subject"] = change.Subject,
                ["headline"] = change.Headline,
                ["details"] = details,
                ["file"] = contentPrefix + change.File,
            });
        }

        var diagnostics = new JsonArray();
        foreach (var d in report.IntroducedDiagnostics)
        {
            diagnostics.Add(new JsonObject
            {
                ["code"] = d.Code,
                ["severity"] = d.Severity == Severity.Error ? "error" : "warning",
                ["file"] = contentPrefix + d.Location.File,
                ["line"] = d.Location.Line,
                ["column"] = d.Location.Column,
                ["message"] = d.Message,
            });
        }

        var root = new JsonObject
        {
            ["base"] = new JsonObject { ["revision"] = report.Base.Name, ["commit"] = report.Base.Commit },
            ["head"] = new JsonObject { ["revision"] = report.Head.Name, ["commit"] = report.Head.Commit },
            ["summary"] = summary,
            ["changes"] = changes,
            ["introduced_diagnostics"] = diagnostics,
            ["head_errors"] = report.HeadErrors,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
