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
        // Kind priors: none in this version of the search core. When its ranking weights carry them, pass them on here;
        // the browser already applies them (ranking parity tests fail until both agree).
        return new RankingParameters(weights.Title, weights.Context, weights.Body, weights.TieBreaker,
            new Dictionary<string, float>(StringComparer.Ordinal));
    }
}
