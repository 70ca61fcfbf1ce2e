namespace RegKnowledge.Search.BrowserExport;

/// <summary>How <c>SearchService</c> ranks, as the browser needs it: field boosts, the DisjunctionMax tie breaker and a score
/// multiplier per document kind.</summary>
internal sealed record RankingParameters(float Title, float Context, float Body, float TieBreaker, IReadOnlyDictionary<string, float> KindPriors)
{
    /// <summary>The weights <c>SearchService</c> opens <paramref name="indexDirectory"/> with.</summary>
    public static RankingParameters Of(string indexDirectory)
    {
        using var service = Querying.SearchService.Open(indexDirectory);
        var weights = service.Weights;
        // Everything comes from SearchService's own weights, so the browser can never rank with numbers of its own.
        return new RankingParameters(weights.Title, weights.Context, weights.Body, weights.TieBreaker,
            new SortedDictionary<string, float>(weights.KindPriors.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal));
    }
}
