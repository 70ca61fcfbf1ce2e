using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using RegKnowledge.Cli.Reporting;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Search.BrowserExport;
using RegKnowledge.Search.Indexing;
using RegKnowledge.Site;
using RegKnowledge.Workflow.Export;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk build</c>: validate, build the knowledge graph for one audience, then write the site (and, wired by others, index and packs).</summary>
/// <remarks>The default audience writes to <c>&lt;out&gt;/site</c>; any other to <c>&lt;out&gt;/&lt;audience&gt;/site</c>, so builds for different
/// audiences never share a folder. Nothing is written when validation fails: the previous output stays as it was.</remarks>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for the outputs (default: ./artifacts)",
            DefaultValueFactory = _ => new DirectoryInfo("artifacts"),
        };
        var audience = new Option<string?>("--audience") { Description = "Audience to build for (default: default_audience of config/site.yaml)" };
        var timings = new Option<bool>("--timings") { Description = "Also print the render time per page type" };
        var command = new Command("build", "Validate the content and build the site for one audience (exit 1 on content errors or broken links).")
        {
            content,
            outDir,
            audience,
            timings,
        };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var folder = parse.GetValue(content)!;
            var clock = BuildClock.FromEnvironment();
            var checkedContent = CheckedContent.From(folder.FullName, clock);
            if (checkedContent.HasErrors)
            {
                DiagnosticWriter.Write(error, "text", checkedContent.Diagnostics.Where(d => d.Severity == Severity.Error).ToList(), ContentPaths.DisplayPrefix(folder));
                error.WriteLine("regk build: the content has errors; nothing was written and the previous output was left as it was.");
                return ExitCodes.ContentErrors;
            }

            var warnings = checkedContent.Diagnostics.Count;
            if (warnings > 0)
            {
                output.WriteLine($"{warnings} warning(s); run 'regk validate' to see them.");
            }

            var site = checkedContent.Content.Site!;
            Model.Configuration.Audience chosen;
            try
            {
                chosen = KnowledgeGraph.ResolveAudience(checkedContent.Content, parse.GetValue(audience));
            }
            catch (ArgumentException ex)
            {
                error.WriteLine($"regk: {ex.Message}");
                return ExitCodes.UsageOrInternal;
            }

            var graph = KnowledgeGraph.Build(checkedContent.Content, chosen, clock);
            var root = chosen.Id == site.DefaultAudience ? parse.GetValue(outDir)!.FullName : Path.Combine(parse.GetValue(outDir)!.FullName, chosen.Id);
            // The Lucene index of this audience, then its browser export; both land in the site in one atomic swap.
            var searchWatch = Stopwatch.StartNew();
            var index = SearchIndexBuilder.Build(graph, Path.Combine(root, "index"));
            var indexTime = searchWatch.Elapsed;
            searchWatch.Restart();
            var staging = Path.Combine(root, "search-export");
            var browser = BrowserSearchExporter.Write(Path.Combine(root, "index"), staging, BrowserSearchLabels.From(graph));
            var exportTime = searchWatch.Elapsed;
            var extraFiles = ExportDownloads(graph, Path.Combine(root, "exports"));
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                extraFiles["search/" + Path.GetRelativePath(staging, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }

            Directory.Delete(staging, recursive: true);
            SiteBuildResult result;
            try
            {
                result = SiteBuilder.Build(graph, Path.Combine(root, "site"), new SiteBuildOptions { ExtraFiles = extraFiles });
            }
            catch (SiteBuildException ex)
            {
                foreach (var problem in ex.Problems)
                {
                    error.WriteLine($"error RK6001: {problem}");
                }

                error.WriteLine($"regk build: {ex.Message}");
                return ExitCodes.ContentErrors;
            }

            // Briefing packs (one per jurisdiction, and per regulator where there are several) into <root>/packs, copied into <site>/packs.
            if (PackCommand.WriteForBuild(graph, root, result.OutputDirectory, output, error) is var packsExit and not ExitCodes.Success) { return packsExit; }
            var ms = (TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            output.WriteLine($"site ({chosen.Id}): {result.Pages} pages, {result.Files} files, {result.Bytes / 1024} KiB → {result.OutputDirectory}");
            output.WriteLine($"index: {index.Documents} documents in {ms(indexTime)} ms; browser search: {browser.Terms} terms, {browser.Files} files, {browser.Bytes / 1024} KiB in {ms(exportTime)} ms");
            output.WriteLine($"  views {ms(result.ModelTime)} ms, render {ms(result.RenderTime)} ms, link check {ms(result.CheckTime)} ms, write {ms(result.WriteTime)} ms; total {ms(watch.Elapsed)} ms");
            if (parse.GetValue(timings))
            {
                foreach (var type in result.PageTypes)
                {
                    output.WriteLine($"  {type.Component,-24} {type.Pages,4} pages  {type.PerPage.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture),8} ms/page");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes every export of the audience's graph and returns them as site files under downloads/.</summary>
    private static Dictionary<string, byte[]> ExportDownloads(KnowledgeGraph graph, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Exporter.Write(graph, "all", folder)
            .Order(StringComparer.Ordinal)
            .ToDictionary(path => "downloads/" + Path.GetFileName(path), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
