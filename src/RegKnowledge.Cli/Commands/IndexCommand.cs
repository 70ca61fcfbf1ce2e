using System.CommandLine;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Search.Indexing;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk index</c>: build the Lucene search index of the content for one audience into a folder.</summary>
internal static class IndexCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write the index to; a previous index there is replaced (default: ./artifacts/index)",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "index")),
        };
        var audience = new Option<string?>("--audience") { Description = "Audience to build for (default: the configured default audience)" };
        var command = new Command("index", "Build the search index (deterministic: the same content gives the same files).") { content, outDir, audience };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(content)!;
            var clock = BuildClock.FromEnvironment();
            var checkedContent = CheckedContent.From(folder.FullName, clock);
            if (checkedContent.HasErrors)
            {
                error.WriteLine($"regk: index: the content in '{folder}' has errors; run 'regk validate' to see them");
                return ExitCodes.ContentErrors;
            }

            Model.Configuration.Audience chosen;
            try
            {
                chosen = KnowledgeGraph.ResolveAudience(checkedContent.Content, parse.GetValue(audience));
            }
            catch (ArgumentException ex)
            {
                error.WriteLine($"regk: index: {ex.Message}");
                return ExitCodes.UsageOrInternal;
            }

            var target = parse.GetValue(outDir)!;
            var summary = SearchIndexBuilder.Build(KnowledgeGraph.Build(checkedContent.Content, chosen, clock), target.FullName);
            output.WriteLine($"indexed {summary.Documents} documents for audience '{chosen.Id}' into {target}");
            foreach (var (kind, count) in summary.DocumentsByKind)
            {
                output.WriteLine($"  {kind,-18} {count,6}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
