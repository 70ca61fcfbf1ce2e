using System.Text.Json;
using System.Text.Json.Nodes;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Cli.Reporting;

/// <summary>Writes diagnostics as text, GitHub workflow commands, JSON or SARIF 2.1.0.</summary>
internal static class DiagnosticWriter
{
    public static readonly string[] Formats = ["text", "github", "json", "sarif"];

    /// <summary>Writes <paramref name="diagnostics"/>; paths are shown under <paramref name="contentPrefix"/> (e.g. "content/").</summary>
    public static void Write(TextWriter output, string format, IReadOnlyList<Diagnostic> diagnostics, string contentPrefix)
    {
        switch (format)
        {
            case "github": WriteGitHub(output, diagnostics, contentPrefix); break;
            case "json": output.WriteLine(ToJson(diagnostics, contentPrefix)); break;
            case "sarif": output.WriteLine(SarifReport.Build(diagnostics, contentPrefix)); break;
            default: WriteText(output, diagnostics, contentPrefix); break;
        }
    }

    private static void WriteText(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, string prefix)
    {
        foreach (var d in diagnostics)
        {
            output.WriteLine($"{prefix}{d.Location.File}:{d.Location.Line}:{d.Location.Column}: {SeverityWord(d)} {d.Code}: {d.Message}");
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        output.WriteLine($"{errors} error(s), {diagnostics.Count - errors} warning(s)");
    }

    /// <summary>GitHub workflow commands; property values and messages escaped as the runner requires.</summary>
    private static void WriteGitHub(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, string prefix)
    {
        foreach (var d in diagnostics)
        {
            var file = EscapeProperty(prefix + d.Location.File);
            output.WriteLine($"::{SeverityWord(d)} file={file},line={d.Location.Line},col={d.Location.Column},title={d.Code}::{EscapeData(d.Message)}");
        }
    }

    internal static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    internal static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string ToJson(IReadOnlyList<Diagnostic> diagnostics, string prefix)
    {
        var array = new JsonArray();
        foreach (var d in diagnostics)
        {
            array.Add(new JsonObject
            {
                ["code"] = d.Code,
                ["severity"] = SeverityWord(d),
                ["file"] = prefix + d.Location.File,
                ["line"] = d.Location.Line,
                ["column"] = d.Location.Column,
                ["message"] = d.Message,
            });
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var root = new JsonObject { ["errors"] = errors, ["warnings"] = diagnostics.Count - errors, ["diagnostics"] = array };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    internal static string SeverityWord(Diagnostic d) => d.Severity == Severity.Error ? "error" : "warning";
}
