using System.CommandLine;
using RegKnowledge.Cli.Reporting;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Workflow.Export;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk export</c>: the compliance matrix and mappings as CSV or XLSX, the whole graph as JSON, the mappings as OSCAL.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = CommonOptions.Format("xlsx", [.. Exporter.Formats]);
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write to (default: ./artifacts/export)",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "export")),
        };
        var content = CommonOptions.Content();
        var audience = new Option<string?>("--audience") { Description = "Audience whose TLP ceiling applies (default: the site's default audience)" };
        var command = new Command("export", "Export for spreadsheets and tools: compliance matrix and mappings (csv, xlsx), the knowledge graph "
            + "with its JSON Schema (json), the mappings as an OSCAL 1.2 mapping collection (oscal). Only what the audience may see is written.")
        {
            format,
            outDir,
            content,
            audience,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(content)!;
            var result = CheckedContent.From(folder.FullName, BuildClock.FromEnvironment());
            if (result.HasErrors)
            {
                DiagnosticWriter.Write(error, "text", result.Diagnostics.Where(d => d.Severity == Model.Diagnostics.Severity.Error).ToList(), ContentPaths.DisplayPrefix(folder));
                error.WriteLine("regk export: the content has errors; fix them (regk validate) before exporting.");
                return ExitCodes.ContentErrors;
            }

            Model.Configuration.Audience chosen;
            try
            {
                chosen = KnowledgeGraph.ResolveAudience(result.Content, parse.GetValue(audience));
            }
            catch (ArgumentException ex)
            {
                error.WriteLine($"regk export: {ex.Message}");
                return ExitCodes.UsageOrInternal;
            }

            var graph = KnowledgeGraph.Build(result.Content, chosen, BuildClock.FromEnvironment());
            var target = parse.GetValue(outDir)!;
            var files = Exporter.Write(graph, parse.GetValue(format)!, target.FullName);
            foreach (var file in files)
            {
                output.WriteLine($"wrote {ContentPaths.DisplayPrefix(target)}{Path.GetFileName(file)}");
            }

            if (graph.Mappings.Count == 0 && parse.GetValue(format) is "oscal" or "all")
            {
                output.WriteLine($"no mapping is visible to '{chosen.Id}': the OSCAL mapping collection (which needs one) was not written");
            }

            output.WriteLine($"audience: {chosen.Id} (up to {Model.Common.TlpText.Label(chosen.Ceiling)})");
            return ExitCodes.Success;
        });
        return command;
    }
}
