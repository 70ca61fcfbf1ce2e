using RegKnowledge.Search.BrowserExport;
using RegKnowledge.Search.Indexing;
using RegKnowledge.Search.Tests.Indexing;

namespace RegKnowledge.Search.Tests.BrowserExport;

/// <summary>The starter content's index and its browser export, built once for the tests that share it.</summary>
public sealed class StarterExport : IDisposable
{
    private readonly TempFolder temp = new();

    public StarterExport()
    {
        var graph = TestGraphs.Starter();
        IndexDirectory = temp.In("index");
        SearchDirectory = temp.In("site/search");
        SearchIndexBuilder.Build(graph, IndexDirectory);
        Export = BrowserSearchExporter.Write(IndexDirectory, SearchDirectory, BrowserSearchLabels.From(graph));
    }

    public string IndexDirectory { get; }

    public string SearchDirectory { get; }

    public BrowserSearchExport Export { get; }

    public string TempFile(string name) => temp.In(name);

    public void Dispose() => temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class StarterExportCollection : ICollectionFixture<StarterExport>
{
    public const string Name = "starter browser export";
}
