using System.Globalization;

namespace RegKnowledge.Search.BrowserExport;

/// <summary>What an export wrote.</summary>
/// <param name="Documents">Documents exported.</param>
/// <param name="Terms">Distinct terms over the searched fields.</param>
/// <param name="Files">Files written.</param>
/// <param name="Bytes">Their total size.</param>
public sealed record BrowserSearchExport(int Documents, int Terms, int Files, long Bytes);

/// <summary>Writes the static, chunked browser index that the site's search page reads, from a Lucene index built by
/// <c>SearchIndexBuilder</c>. Same index, same bytes.</summary>
/// <remarks>
/// Layout under the site's <c>search/</c> folder (every file gzip'd, named .bin):
/// <c>manifest.bin</c> (JSON: statistics, ranking parameters, analysis tables, shard boundaries, facet values),
/// <c>t/NNNN.bin</c> postings of one term range, <c>p/NNNN.bin</c> their positions (phrases only),
/// <c>d/NNNN.bin</c> display data of consecutive documents, <c>facets.bin</c> facet codes of every document,
/// <c>w/XXXX.bin</c> the term dictionary by first character (typo tolerance); <c>js/…/*.bin.js</c> each of them as a classic
/// script, for pages opened from disk (file://). README.md, "Browser search", has the details.
/// </remarks>
public static class BrowserSearchExporter
{
    /// <summary>Raw size a term range aims at before compression.</summary>
    public const int ShardTargetBytes = 8 * 1024;

    /// <summary>Raw size a display chunk aims at before compression.</summary>
    public const int ChunkTargetBytes = 1536;

    private static readonly string[] OwnedEntries = ["manifest.bin", "facets.bin", "t", "p", "d", "w", "js"];

    /// <summary>Exports the index in <paramref name="indexDirectory"/> into <paramref name="siteSearchDirectory"/> (the site's
    /// <c>search/</c> folder); facet values are shown by their ids, jurisdictions by name.</summary>
    public static BrowserSearchExport Write(string indexDirectory, string siteSearchDirectory) =>
        Write(indexDirectory, siteSearchDirectory, BrowserSearchLabels.None);

    /// <summary>Exports as <see cref="Write(string, string)"/>, with display names for facet values.</summary>
    public static BrowserSearchExport Write(string indexDirectory, string siteSearchDirectory, BrowserSearchLabels labels)
    {
        ArgumentNullException.ThrowIfNull(indexDirectory);
        ArgumentNullException.ThrowIfNull(siteSearchDirectory);
        ArgumentNullException.ThrowIfNull(labels);
        var snapshot = IndexSnapshot.Read(Path.GetFullPath(indexDirectory));
        var ranking = RankingParameters.Of(indexDirectory);
        var shards = TermShards.Write(snapshot, ShardTargetBytes);
        var chunkSize = DisplayChunks.ChunkSize(snapshot, ChunkTargetBytes);
        var chunks = DisplayChunks.Write(snapshot, chunkSize);
        var (facets, facetFile) = FacetColumns.Write(snapshot, labels);
        var words = WordDictionary.Write(snapshot);

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < shards.Count; i++)
        {
            files[$"t/{Number(i)}.bin"] = shards[i].Postings;
            files[$"p/{Number(i)}.bin"] = shards[i].Positions;
        }

        for (var i = 0; i < chunks.Count; i++)
        {
            files[$"d/{Number(i)}.bin"] = chunks[i];
        }

        foreach (var (first, file) in words)
        {
            files[$"w/{((int)first).ToString("x4", CultureInfo.InvariantCulture)}.bin"] = file;
        }

        files["facets.bin"] = facetFile;
        var manifest = ExportManifest.Write(snapshot, ranking, shards, chunkSize, facets, string.Concat(words.Select(w => w.First)));
        // Every file again as a classic script under js/, read by the page when it was opened from disk (file://).
        foreach (var (path, bytes) in files.ToList().Append(new("manifest.bin", manifest)))
        {
            files[ScriptMirror.PathOf(path)] = ScriptMirror.Of(path, bytes);
        }

        var target = Path.GetFullPath(siteSearchDirectory);
        Directory.CreateDirectory(target);
        foreach (var entry in OwnedEntries.Select(e => Path.Combine(target, e)))
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else if (File.Exists(entry))
            {
                File.Delete(entry);
            }
        }

        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        // The manifest goes last: a page that reads it finds every file it names.
        File.WriteAllBytes(Path.Combine(target, "manifest.bin"), manifest);
        return new BrowserSearchExport(snapshot.MaxDoc, snapshot.Terms.Count, files.Count + 1, files.Values.Sum(f => (long)f.Length) + manifest.Length);
    }

    private static string Number(int i) => i.ToString("0000", CultureInfo.InvariantCulture);
}
