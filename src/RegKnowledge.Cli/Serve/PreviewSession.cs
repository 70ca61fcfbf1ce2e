using System.Diagnostics;
using RegKnowledge.Cli.SiteSearch;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Site;

namespace RegKnowledge.Cli.Serve;

/// <summary>A running preview: builds the site into a private folder, serves it on 127.0.0.1 and rebuilds when content changes.
/// Validation, the site and its search index (Lucene and the browser export, so the search page works) are rebuilt; packs and
/// downloads are not. The log line of each rebuild gives the search index's share of the time.</summary>
internal sealed class PreviewSession : IDisposable
{
    private readonly string content;
    private readonly string? audienceId;
    private readonly string siteFolder;
    private readonly string searchFolder;
    private readonly TextWriter log;
    private readonly PreviewState state = new();
    private readonly Lock building = new();
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
        Rebuild();
        server = new PreviewServer(state, port, log);
        server.Start();
        watcher = new ContentWatcher(content, Rebuild, TimeSpan.FromMilliseconds(150));
    }

    /// <summary>Validates and renders; on content errors keeps serving the last good site and shows the errors in the page.</summary>
    public void Rebuild()
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
                return;
            }

            try
            {
                var audience = KnowledgeGraph.ResolveAudience(checkedContent.Content, audienceId);
                var graph = KnowledgeGraph.Build(checkedContent.Content, audience, clock);
                var searchStarted = watch.Elapsed;
                var search = SiteSearchFiles.Build(graph, searchFolder);
                var searchTime = watch.Elapsed - searchStarted;
                SiteBuilder.Build(graph, siteFolder, new SiteBuildOptions { LinkPacks = false, ExtraFiles = search.Files });
                state.Publish(siteFolder, [], watch.Elapsed);
                log.WriteLine($"preview: rebuilt in {watch.Elapsed.TotalMilliseconds:0} ms (search index {searchTime.TotalMilliseconds:0} ms)");
            }
            catch (Exception ex) when (ex is SiteBuildException or ArgumentException or IOException)
            {
                var diagnostic = Diagnostic.Error("RK6001", Model.Common.SourceLocation.StartOf("(site)"), ex.Message);
                state.Publish(null, [diagnostic], watch.Elapsed);
                Report([diagnostic], watch.Elapsed);
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
