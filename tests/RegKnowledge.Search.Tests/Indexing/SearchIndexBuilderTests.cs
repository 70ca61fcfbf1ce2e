using Lucene.Net.Index;
using Lucene.Net.Store;
using RegKnowledge.Model.Taxonomy;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.Documents;
using RegKnowledge.Search.Indexing;

namespace RegKnowledge.Search.Tests.Indexing;

/// <summary>Given a graph, the builder writes one deterministic segment and swaps it in only when complete.</summary>
public sealed class SearchIndexBuilderTests
{
    private static Dictionary<string, byte[]> Files(string folder) =>
        System.IO.Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void The_same_content_gives_byte_identical_index_files()
    {
        using var temp = new TempFolder();
        SearchIndexBuilder.Build(TestGraphs.Sample("staff"), temp.In("a"));
        SearchIndexBuilder.Build(TestGraphs.Load(Testing.Fixtures.SampleContent, "staff"), temp.In("b"));
        var a = Files(temp.In("a"));
        var b = Files(temp.In("b"));
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.All(a, file => Assert.True(file.Value.AsSpan().SequenceEqual(b[file.Key]), $"{file.Key} differs between two builds"));
        Assert.Contains(AnalysisSettings.FileName, a.Keys);
        Assert.DoesNotContain(IndexWriter.WRITE_LOCK_NAME, a.Keys);
    }

    [Fact]
    public void Segment_info_carries_no_timestamp_or_machine_details()
    {
        using var temp = new TempFolder();
        SearchIndexBuilder.Build(TestGraphs.Sample(), temp.In("index"));
        var info = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(System.IO.Directory.GetFiles(temp.In("index"), "*.si").Single()));
        Assert.DoesNotContain("timestamp", info, StringComparison.Ordinal);
        Assert.DoesNotContain("os.version", info, StringComparison.Ordinal);
        Assert.Contains("lucene.version", info, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_is_one_segment_with_the_documents_in_graph_order()
    {
        using var temp = new TempFolder();
        var graph = TestGraphs.Sample("staff");
        var summary = SearchIndexBuilder.Build(graph, temp.In("index"));
        using var directory = FSDirectory.Open(temp.In("index"));
        using var reader = DirectoryReader.Open(directory);
        Assert.Single(reader.Leaves);
        var expected = GraphDocuments.From(graph).Select(d => d.Id).ToList();
        Assert.Equal(expected, Enumerable.Range(0, reader.MaxDoc).Select(i => reader.Document(i).Get(SearchFields.Id)));
        Assert.Equal(expected.Count, summary.Documents);
        Assert.Equal(DocumentKinds.All, summary.DocumentsByKind.Select(k => k.Key));
    }

    [Fact]
    public void A_rebuild_replaces_the_previous_index_and_leaves_no_staging_folder()
    {
        using var temp = new TempFolder();
        SearchIndexBuilder.Build(TestGraphs.Sample("staff"), temp.In("index"));
        SearchIndexBuilder.Build(TestGraphs.Sample("public"), temp.In("index"));
        Assert.Equal(["index"], System.IO.Directory.EnumerateFileSystemEntries(temp.Root).Select(Path.GetFileName));
        using var directory = FSDirectory.Open(temp.In("index"));
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(GraphDocuments.From(TestGraphs.Sample("public")).Count, reader.NumDocs);
    }

    [Fact]
    public void A_failed_build_keeps_the_previous_index_untouched()
    {
        using var temp = new TempFolder();
        SearchIndexBuilder.Build(TestGraphs.Sample(), temp.In("index"));
        var before = Files(temp.In("index"));
        var broken = TestGraphs.Load(Testing.Fixtures.SampleContent);
        broken.Taxonomy.Synonyms.Add(new SynonymGroup { Terms = null! });
        Assert.ThrowsAny<Exception>(() => SearchIndexBuilder.Build(broken, temp.In("index")));
        var after = Files(temp.In("index"));
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key])));
        Assert.Equal(["index"], System.IO.Directory.EnumerateFileSystemEntries(temp.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_that_is_not_an_index_is_never_replaced()
    {
        using var temp = new TempFolder();
        System.IO.Directory.CreateDirectory(temp.In("notes"));
        File.WriteAllText(temp.In("notes/keep.txt"), "mine");
        var error = Assert.Throws<IOException>(() => SearchIndexBuilder.Build(TestGraphs.Sample(), temp.In("notes")));
        Assert.Contains("is not a search index", error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(temp.In("notes/keep.txt")));
        Assert.Equal(["notes"], System.IO.Directory.EnumerateFileSystemEntries(temp.Root).Select(Path.GetFileName));
    }
}
