using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Search.BrowserExport;
using RegKnowledge.Search.Indexing;

namespace RegKnowledge.Cli.SiteSearch;

/// <summary>The site's search for one audience: the Lucene index of its graph and the index's browser export, as the files a
/// site build adds under <c>search/</c>.</summary>
/// <param name="Index">What the index holds.</param>
/// <param name="Export">What the browser export wrote.</param>
/// <param name="Files">Site-relative path ("search/manifest.bin", …) → bytes, for <c>SiteBuildOptions.ExtraFiles</c>.</param>
internal sealed record SiteSearchFiles(IndexBuildSummary Index, BrowserSearchExport Export, IReadOnlyDictionary<string, byte[]> Files)
{
    /// <summary>Builds the index into <c>&lt;workFolder&gt;/index</c> and exports it for the browser; the export is staged in
    /// <c>&lt;workFolder&gt;/search-export</c> and removed once read, so the site gets it in its own atomic swap.</summary>
    /// <remarks>A <paramref name="timer"/> receives the "index" and "browser export" steps (<c>regk build --report</c>).</remarks>
    public static SiteSearchFiles Build(KnowledgeGraph graph, string workFolder, StageTimer? timer = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        timer ??= new StageTimer();
        var indexFolder = Path.Combine(workFolder, "index");
        var staging = Path.Combine(workFolder, "search-export");
        var index = timer.Time("index", () => SearchIndexBuilder.Build(graph, indexFolder));
        var export = timer.Time("browser export", () => BrowserSearchExporter.Write(indexFolder, staging, BrowserSearchLabels.From(graph)));
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
        {
            files["search/" + Path.GetRelativePath(staging, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        Directory.Delete(staging, recursive: true);
        return new SiteSearchFiles(index, export, files);
    }
}
