using System.Text.Json;
using RegKnowledge.Cli.SiteSearch;
using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Packs;
using RegKnowledge.Site;
using RegKnowledge.Workflow.Export;

namespace RegKnowledge.Cli.Commands;

/// <summary>The stages of <c>regk build</c> after validation, for one audience's graph: Lucene index then browser export, downloads and
/// briefing packs (three independent lines that <see cref="BuildCommand"/> runs in parallel, each returning its own site files), then the site.
/// Everything the site serves goes into <see cref="SiteBuilder"/>'s one atomic swap, so a failure at any stage leaves the previous site as it was.</summary>
internal sealed class BuildPipeline(KnowledgeGraph graph, string root, StageTimer timer)
{
    /// <summary>The Lucene index (kept in &lt;root&gt;/index for <c>regk search --index</c>) and its browser export, as site files under search/.</summary>
    public SiteSearchFiles Search() => SiteSearchFiles.Build(graph, root, timer);

    /// <summary>Every export of the audience's graph (CSV, XLSX, JSON, OSCAL), as site files under downloads/.</summary>
    public Dictionary<string, byte[]> Downloads() => timer.Time("exports", () =>
    {
        var folder = Path.Combine(root, "exports");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Exporter.Write(graph, "all", folder)
            .Order(StringComparer.Ordinal)
            .ToDictionary(path => "downloads/" + Path.GetFileName(path), File.ReadAllBytes, StringComparer.Ordinal);
    });

    /// <summary>The briefing packs into &lt;root&gt;/packs (replaced only when all succeeded), and as site files under packs/.</summary>
    /// <exception cref="Packs.Printing.ChromiumNotFoundException">PDFs were asked for and Chromium is missing.</exception>
    public (PackBuildResult Result, Dictionary<string, byte[]> Files) Packs(PackOptions options) => timer.Time("packs", () =>
    {
        var result = PackBuilder.BuildAll(graph, Path.Combine(root, "packs"), options);
        var files = result.Files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToDictionary(f => "packs/" + Path.GetFileName(f.Path), f => File.ReadAllBytes(f.Path), StringComparer.Ordinal);
        return (result, files);
    });

    /// <summary>The site with every file the other stages produced; pack links are checked like any other link.</summary>
    /// <exception cref="SiteBuildException">A link is broken; nothing was written.</exception>
    public SiteBuildResult Site(IReadOnlyDictionary<string, byte[]> siteFiles, bool linkPacks) => timer.Time("site", () =>
        SiteBuilder.Build(graph, Path.Combine(root, "site"), new SiteBuildOptions
        {
            ExtraFiles = siteFiles,
            ExternallyProvidedPaths = [],
            LinkPacks = linkPacks,
        }));

    /// <summary>Writes the stage times and sizes as JSON (what <c>build.ps1 bench</c> reads).</summary>
    public static void WriteReport(string path, string audience, StageTimer timer, IReadOnlyDictionary<string, long> counts)
    {
        var report = new
        {
            audience,
            stages = timer.Stages.Select(s => new { stage = s.Stage, ms = Math.Round(s.Elapsed.TotalMilliseconds, 1), peak_bytes = s.PeakWorkingSetBytes }),
            counts,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
