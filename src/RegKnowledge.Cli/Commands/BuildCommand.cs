using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using RegKnowledge.Cli.Reporting;
using RegKnowledge.Cli.SiteSearch;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Packs;
using RegKnowledge.Packs.Printing;
using RegKnowledge.Site;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk build</c>: validate, build the knowledge graph for one audience, then its index, browser search, downloads, briefing
/// packs and site (<see cref="BuildPipeline"/>).</summary>
/// <remarks>The default audience writes to <c>&lt;out&gt;/site</c>; any other to <c>&lt;out&gt;/&lt;audience&gt;/site</c>, so builds for different
/// audiences never share a folder. Nothing is written to the site when validation or any later stage fails: the previous site stays as it was.</remarks>
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
        var timings = new Option<bool>("--timings") { Description = "Also print the time per stage and the render time per page type" };
        var packs = new Option<string>("--packs")
        {
            Description = "Briefing packs to build: both (PDF and HTML, needs Chromium), html, or none (default: both)",
            DefaultValueFactory = _ => "both",
        };
        packs.AcceptOnlyFromAmong("both", "html", "none");
        var report = new Option<FileInfo?>("--report") { Description = "Write each stage's time and peak memory as JSON to this file" };
        var command = new Command("build", "Validate the content and build the site, search index, downloads and briefing packs for one audience "
            + "(exit 1 on content errors or broken links).")
        {
            content, outDir, audience, timings, packs, report,
        };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var folder = parse.GetValue(content)!;
            var clock = BuildClock.FromEnvironment();
            var timer = new StageTimer();
            var checkedContent = CheckedContent.From(folder.FullName, clock, timer: timer);
            if (checkedContent.HasErrors)
            {
                DiagnosticWriter.Write(error, "text", checkedContent.Diagnostics.Where(d => d.Severity == Severity.Error).ToList(), ContentPaths.DisplayPrefix(folder));
                error.WriteLine("regk build: the content has errors; nothing was written and the previous output was left as it was.");
                return ExitCodes.ContentErrors;
            }

            if (checkedContent.Diagnostics.Count > 0)
            {
                output.WriteLine($"{checkedContent.Diagnostics.Count} warning(s); run 'regk validate' to see them.");
            }

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

            var graph = timer.Time("graph", () => KnowledgeGraph.Build(checkedContent.Content, chosen, clock));
            var site = checkedContent.Content.Site!;
            var root = chosen.Id == site.DefaultAudience ? parse.GetValue(outDir)!.FullName : Path.Combine(parse.GetValue(outDir)!.FullName, chosen.Id);
            var pipeline = new BuildPipeline(graph, root, timer);
            var packChoice = parse.GetValue(packs)!;
            SiteSearchFiles? search = null;
            Dictionary<string, byte[]> downloads = [];
            (PackBuildResult Result, Dictionary<string, byte[]> Files)? built = null;
            try
            {
                // Three independent lines over the read-only graph, each returning its own site files; the sets are merged in a fixed
                // order, so the output does not depend on which line finishes first. On two cores this halves the wall time of this part.
                Parallel.Invoke(
                    () => search = pipeline.Search(),
                    () => downloads = pipeline.Downloads(),
                    () =>
                    {
                        if (packChoice != "none")
                        {
                            built = pipeline.Packs(PackCommand.Options(folder.FullName, packChoice, PackOptions.DefaultChromiumPath));
                        }
                    });
            }
            catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault(e => e is ChromiumNotFoundException or PackPrintException) is { } printing)
            {
                error.WriteLine($"regk build: the briefing packs could not be printed: {printing.Message}");
                error.WriteLine("regk build: nothing was written to the site. 'regk build --packs html' builds without PDFs.");
                return ExitCodes.UsageOrInternal;
            }

            var packResult = built?.Result;
            var siteFiles = search!.Files.Concat(downloads).Concat(built?.Files ?? [])
                .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

            SiteBuildResult result;
            try
            {
                result = pipeline.Site(siteFiles, linkPacks: packResult is not null);
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

            var ms = (TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            if (packResult is not null)
            {
                WritePacksLine(output, graph, packResult);
            }

            output.WriteLine($"site ({chosen.Id}): {result.Pages} pages, {result.Files} files, {result.Bytes / 1024} KiB → {result.OutputDirectory}");
            output.WriteLine($"index: {search.Index.Documents} documents; browser search: {search.Export.Terms} terms, {search.Export.Files} files, {search.Export.Bytes / 1024} KiB");
            output.WriteLine($"  views {ms(result.ModelTime)} ms, render {ms(result.RenderTime)} ms, link check {ms(result.CheckTime)} ms, write {ms(result.WriteTime)} ms; total {ms(watch.Elapsed)} ms");
            if (parse.GetValue(timings))
            {
                foreach (var stage in timer.Stages)
                {
                    output.WriteLine($"  stage {stage.Stage,-16} {ms(stage.Elapsed),8} ms  peak {stage.PeakWorkingSetBytes / 1048576} MiB");
                }

                foreach (var type in result.PageTypes)
                {
                    output.WriteLine($"  {type.Component,-24} {type.Pages,4} pages  {type.PerPage.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture),8} ms/page");
                }
            }

            if (parse.GetValue(report) is { } reportFile)
            {
                var counts = new Dictionary<string, long>(StringComparer.Ordinal)
                {
                    ["documents"] = search.Index.Documents,
                    ["pages"] = result.Pages,
                    ["site_files"] = result.Files,
                    ["site_bytes"] = result.Bytes,
                    ["browser_search_bytes"] = search.Export.Bytes,
                    ["packs"] = packResult?.Packs ?? 0,
                };
                BuildPipeline.WriteReport(reportFile.FullName, chosen.Id, timer, counts);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WritePacksLine(TextWriter output, KnowledgeGraph graph, PackBuildResult result)
    {
        var pdfs = result.Files.Where(f => f.Pages is not null).ToList();
        var perPack = pdfs.Count == 0 ? 0 : result.PrintTime.TotalMilliseconds / pdfs.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"packs ({graph.Audience.Id}): {result.Packs} packs, {pdfs.Sum(f => f.Pages)} PDF pages → {result.OutputDirectory}; "
            + $"compose {result.ComposeTime.TotalMilliseconds:0} ms, print {result.PrintTime.TotalMilliseconds:0} ms ({perPack:0} ms per pack)"));
        foreach (var skipped in result.Skipped)
        {
            output.WriteLine($"  skipped {skipped}");
        }
    }
}
