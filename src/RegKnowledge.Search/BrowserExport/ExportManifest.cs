using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Search.Similarities;
using RegKnowledge.Search.Querying;

namespace RegKnowledge.Search.BrowserExport;

/// <summary>The browser index's entry file: statistics and parameters for BM25, the analysis tables, query-syntax limits,
/// where each term range and document chunk is, and the facet values.</summary>
internal static class ExportManifest
{
    /// <summary>Version of the browser format; the client refuses any other.</summary>
    public const int Format = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(IndexSnapshot snapshot, RankingParameters ranking, IReadOnlyList<TermShard> shards, int docsPerChunk,
        IReadOnlyList<FacetValues> facets, string wordGroups)
    {
        var boosts = new[] { ranking.Title, ranking.Context, ranking.Body };
        // SearchService ranks with Lucene's default BM25Similarity; its k1 and b are read from it, not restated here.
        var bm25 = new BM25Similarity();
        var manifest = new JsonObject
        {
            ["format"] = Format,
            ["documents"] = snapshot.MaxDoc,
            ["fields"] = new JsonArray(IndexSnapshot.TextFields.Select((field, i) => (JsonNode)new JsonObject
            {
                ["name"] = field,
                ["boost"] = boosts[i],
                ["sumTotalTermFreq"] = snapshot.SumTotalTermFreq[i],
            }).ToArray()),
            ["ranking"] = new JsonObject
            {
                ["k1"] = bm25.K1,
                ["b"] = bm25.B,
                ["tieBreaker"] = ranking.TieBreaker,
                ["kindPriors"] = new JsonObject(ranking.KindPriors.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            },
            ["query"] = new JsonObject
            {
                ["maxLength"] = QuerySyntax.MaxLength,
                ["minPrefixLength"] = QuerySyntax.MinPrefixLength,
                ["prefixStemSlack"] = LuceneQueryBuilder.PrefixStemSlack,
                ["prefixStemMinimum"] = LuceneQueryBuilder.PrefixStemMinimum,
            },
            ["analysis"] = JsonNode.Parse(snapshot.SettingsJson),
            ["shards"] = new JsonArray(shards.Select(s => (JsonNode)s.FirstTerm).ToArray()),
            ["docsPerChunk"] = docsPerChunk,
            ["facets"] = new JsonArray(facets.Select(f => (JsonNode)new JsonObject
            {
                ["field"] = f.Field,
                ["values"] = new JsonArray(f.Values.Select(v => (JsonNode)v).ToArray()),
                ["labels"] = new JsonArray(f.Labels.Select(v => (JsonNode)v).ToArray()),
            }).ToArray()),
            ["words"] = wordGroups,
        };
        return DeterministicGzip.Compress(JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
    }
}
