using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using RegKnowledge.Search.BrowserExport;
using RegKnowledge.Search.Querying;

namespace RegKnowledge.Search.Tests.BrowserExport;

/// <summary>Given an index, the exporter writes the same bytes every time, a manifest that describes them, and term
/// ranges that hold exactly the terms their boundaries promise.</summary>
[Collection(StarterExportCollection.Name)]
public sealed class BrowserSearchExporterTests(StarterExport export)
{
    private static byte[] Gunzip(string file)
    {
        using var input = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    private JsonNode Manifest() => JsonNode.Parse(Gunzip(Path.Combine(export.SearchDirectory, "manifest.bin")))!;

    [Fact]
    public void The_same_index_gives_byte_identical_files()
    {
        var again = export.TempFile("again/search");
        BrowserSearchExporter.Write(export.IndexDirectory, again, BrowserSearchLabels.From(TestGraphs.Starter()));
        var first = Files(export.SearchDirectory);
        var second = Files(again);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, file => Assert.True(file.Value.AsSpan().SequenceEqual(second[file.Key]), $"{file.Key} differs"));
        Assert.Equal(export.Export.Files, first.Count);
    }

    [Fact]
    public void Every_file_has_a_classic_script_mirror_with_the_same_bytes_for_pages_opened_from_disk()
    {
        var files = Files(export.SearchDirectory);
        var binaries = files.Keys.Where(k => k.EndsWith(".bin", StringComparison.Ordinal)).ToList();
        Assert.Contains("manifest.bin", binaries);
        Assert.Equal(binaries.Count * 2, files.Count);
        foreach (var path in binaries)
        {
            var name = path.Replace('\\', '/');
            var script = System.Text.Encoding.ASCII.GetString(files[Path.Combine("js", path) + ".js"]);
            var prefix = $"__regkSearchFile(\"{name}\",\"";
            Assert.StartsWith(prefix, script, StringComparison.Ordinal);
            Assert.Equal(files[path], Convert.FromBase64String(script[prefix.Length..script.IndexOf('"', prefix.Length)]));
        }
    }

    [Fact]
    public void Manifest_names_the_documents_fields_ranking_and_facets_of_the_index()
    {
        using var service = SearchService.Open(export.IndexDirectory);
        var manifest = Manifest();
        Assert.Equal(1, (int)manifest["format"]!);
        Assert.Equal(service.DocumentCount, (int)manifest["documents"]!);
        Assert.Equal(["title", "context", "body"], manifest["fields"]!.AsArray().Select(f => (string)f!["name"]!));
        var weights = service.Weights;
        Assert.Equal([weights.Title, weights.Context, weights.Body], manifest["fields"]!.AsArray().Select(f => (float)f!["boost"]!));
        Assert.Equal(weights.TieBreaker, (float)manifest["ranking"]!["tieBreaker"]!);
        var priors = manifest["ranking"]!["kindPriors"]!.AsObject().ToDictionary(p => p.Key, p => (float)p.Value!);
        Assert.NotEmpty(priors);
        Assert.Equal(weights.KindPriors.OrderBy(p => p.Key, StringComparer.Ordinal), priors.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(33, manifest["analysis"]!["stopWords"]!.AsArray().Count);
        Assert.Equal(["kind", "jurisdiction", "region", "topic", "level", "alignment"], manifest["facets"]!.AsArray().Select(f => (string)f!["field"]!));
        var jurisdictions = manifest["facets"]![1]!;
        var sg = jurisdictions["values"]!.AsArray().Select(v => (string)v!).ToList().IndexOf("sg");
        Assert.Equal("Singapore", (string)jurisdictions["labels"]![sg]!);
    }

    [Fact]
    public void Each_term_range_holds_sorted_terms_from_its_boundary_up_to_the_next()
    {
        var boundaries = Manifest()["shards"]!.AsArray().Select(s => (string)s!).ToList();
        Assert.Equal(boundaries.Order(StringComparer.Ordinal), boundaries);
        var seen = 0;
        for (var i = 0; i < boundaries.Count; i++)
        {
            var bytes = Gunzip(Path.Combine(export.SearchDirectory, "t", $"{i:0000}.bin"));
            var (length, at) = VarInt(bytes, 0);
            var terms = Encoding.UTF8.GetString(bytes, at, length).Split('\n');
            Assert.Equal(boundaries[i], terms[0]);
            Assert.Equal(terms.Order(StringComparer.Ordinal), terms);
            Assert.True(i + 1 == boundaries.Count || string.CompareOrdinal(terms[^1], boundaries[i + 1]) < 0);
            seen += terms.Length;
        }

        Assert.Equal(export.Export.Terms, seen);
    }

    private static (int Value, int Next) VarInt(byte[] bytes, int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7f) << shift;
            if (b < 0x80)
            {
                return (value, at);
            }
        }
    }
}
