using Lucene.Net.Store;
using PuppeteerSharp;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.BrowserExport;
using RegKnowledge.Search.Documents;
using RegKnowledge.Search.Indexing;
using RegKnowledge.Search.Tests.Indexing;
using RegKnowledge.Site;
using RegKnowledge.Testing.Web;

namespace RegKnowledge.Search.Tests.BrowserClient;

/// <summary>The starter site with its browser search, plus one document full of markup, served on 127.0.0.1 under a path
/// prefix (/prefix/site/) and opened in headless Chromium once for all browser tests.</summary>
public sealed class SearchSite : IAsyncLifetime
{
    /// <summary>A word only the hostile document contains.</summary>
    public const string HostileWord = "zzhostile";

    private readonly TempFolder temp = new();
    private StaticFileServer? server;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Folder of the built site on disk.</summary>
    public string SiteFolder => temp.In("prefix/site");

    /// <summary>http://127.0.0.1:port/prefix/site/</summary>
    public string SiteUrl => server!.BaseUrl + "prefix/site/";

    public async Task InitializeAsync()
    {
        var graph = TestGraphs.Starter();
        SiteBuilder.Build(graph, SiteFolder, new SiteBuildOptions());
        var documents = GraphDocuments.From(graph).Append(Hostile()).ToList();
        using (var directory = FSDirectory.Open(temp.In("index")))
        {
            SearchIndexBuilder.Write(directory, documents, AnalysisSettings.For(graph.Taxonomy, AnalysisProfile.Domain));
        }

        BrowserSearchExporter.Write(temp.In("index"), Path.Combine(SiteFolder, "search"), BrowserSearchLabels.From(graph));
        server = new StaticFileServer(temp.Root);
        Browser = await ChromiumBrowser.Launch(temp.In("profile"));
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        server?.Dispose();
        temp.Dispose();
    }

    /// <summary>Markup in every displayed field: it must show as text and never run.</summary>
    private static SearchDocument Hostile() => new()
    {
        Id = "guidance:hostile",
        Kind = DocumentKinds.Guidance,
        Title = $"<img src=x onerror=\"window.__pwned='title'\"> {HostileWord} <b>bold</b>",
        Context = "<script>window.__pwned='context'</script>",
        Body = $"{HostileWord} <iframe src=\"javascript:window.__pwned='body'\"></iframe> <a href=\"javascript:alert(1)\">x</a> text",
        Url = "guidance/\"><script>window.__pwned='url'</script>",
    };
}

[CollectionDefinition(Name)]
public sealed class SearchSiteCollection : ICollectionFixture<SearchSite>
{
    public const string Name = "search site in Chromium";
}
