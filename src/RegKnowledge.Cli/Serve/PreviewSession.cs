using System.Diagnostics;
using RegKnowledge.Cli.SiteSearch;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Site;

namespace RegKnowledge.Cli.Serve;

/// <summary>A running preview: builds the site into a private folder, serves it on 127.0.0.1 and rebuilds when content changes.
/// Validation and the site are rebuilt first and shown at once; the search index (Lucene and the browser export, served from memory
/// under search/) follows in the background, since it costs as much again and an editor wants to see the page, not the index.
/// Packs and downloads are not rebuilt.</summary>
internal sealed class PreviewSession : IDisposable
{
    private readonly string content;
    private readonly string? audienceId;
    private readonly string siteFolder;
    private readonly string searchFolder;
    private readonly TextWriter log;
    private readonly PreviewState state = new();
    private readonly Lock building = new();
    private readonly Lock searching = new();
    private long searchGeneration;
    private PreviewServer? server;
    private ContentWatcher? watcher;

    public PreviewSession(string content, string? audienceId, string workFolder, TextWriter log)
    {
        this.content = content;
        this.audienceId = audienceId;
        this.log = log;
        siteFolder = Path.Combine(workFolder, "site");
        searchFolder = Path.Combine(workFolder, "search");
    }

    public PreviewState State => state;

    public string Address => server?.Address ?? "";

    /// <summary>Builds once, starts serving and watching.</summary>
    public void Start(int port)
    {
        if (Rebuild() is { } graph)
        {
            // The first build waits for its search index, so the first page opened has a working search.
            BuildSearch(graph, Interlocked.Increment(ref searchGeneration));
        }

        server = new PreviewServer(state, port, log);
        server.Start();
        watcher = new ContentWatcher(content, RebuildThenSearch, TimeSpan.FromMilliseconds(150));
    }

    private void RebuildThenSearch()
    {
        if (Rebuild() is { } graph)
        {
            var generation = Interlocked.Increment(ref searchGeneration);
            _ = Task.Run(() => BuildSearch(graph, generation));
        }
    }

    /// <summary>Validates and renders; on content errors keeps serving the last good site and shows the errors in the page.
    /// Returns the graph shown, or null when the build failed.</summary>
    public KnowledgeGraph? Rebuild()
    {
        lock (building)
        {
            var watch = Stopwatch.StartNew();
            var clock = BuildClock.FromEnvironment();
            var checkedContent = CheckedContent.From(content, clock);
            if (checkedContent.HasErrors)
            {
                state.Publish(null, checkedContent.Diagnostics, watch.Elapsed);
                Report(checkedContent.Diagnostics.Where(d => d.Severity == Severity.Error).ToList(), watch.Elapsed);
                return null;
            }

            try
            {
                var audience = KnowledgeGraph.ResolveAudience(checkedContent.Content, audienceId);
                var graph = KnowledgeGraph.Build(checkedContent.Content, audience, clock);
                SiteBuilder.Build(graph, siteFolder, new SiteBuildOptions { LinkPacks = false });
                state.Publish(siteFolder, [], watch.Elapsed);
                log.WriteLine($"preview: rebuilt in {watch.Elapsed.TotalMilliseconds:0} ms");
                return graph;
            }
            catch (Exception ex) when (ex is SiteBuildException or ArgumentException or IOException)
            {
                var diagnostic = Diagnostic.Error("RK6001", Model.Common.SourceLocation.StartOf("(site)"), ex.Message);
                state.Publish(null, [diagnostic], watch.Elapsed);
                Report([diagnostic], watch.Elapsed);
                return null;
            }
        }
    }

    /// <summary>Builds the search files of <paramref name="graph"/> unless a newer rebuild has already asked for its own.</summary>
    private void BuildSearch(KnowledgeGraph graph, long generation)
    {
        lock (searching)
        {
            if (generation != Interlocked.Read(ref searchGeneration))
            {
                return;
            }

            var watch = Stopwatch.StartNew();
            try
            {
                state.PublishSearch(SiteSearchFiles.Build(graph, searchFolder).Files);
                log.WriteLine($"preview: search index updated in {watch.Elapsed.TotalMilliseconds:0} ms");
            }
            catch (IOException ex)
            {
                log.WriteLine($"preview: the search index could not be built: {ex.Message}");
            }
        }
    }

    private void Report(IReadOnlyList<Diagnostic> errors, TimeSpan elapsed)
    {
        log.WriteLine($"preview: {errors.Count} error(s) after {elapsed.TotalMilliseconds:0} ms; still serving the last good build");
        foreach (var error in errors.Take(20))
        {
            log.WriteLine($"  {error}");
        }
    }

    public void Dispose()
    {
        watcher?.Dispose();
        server?.Dispose();
    }
}
