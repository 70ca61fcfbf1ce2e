using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.Querying;

/// <summary>How results are ranked: how much a query word counts in each field, how field scores combine, and a prior
/// per document kind that multiplies the BM25 score.</summary>
/// <param name="Title">Boost of a match in the title.</param>
/// <param name="Context">Boost of a match in the context (jurisdiction, standard, article, regulator names).</param>
/// <param name="Body">Boost of a match in the body.</param>
/// <param name="TieBreaker">A word's score is its best field's score plus this share of the others (1 = sum, 0 = max).</param>
public sealed record RankingWeights(float Title, float Context, float Body, float TieBreaker)
{
    /// <summary>The weights chosen by measurement on the judged query set (README, "Search").</summary>
    public static RankingWeights Default { get; } = new(2f, 0.5f, 1f, 0.3f)
    {
        KindPriors = new Dictionary<string, float>(StringComparer.Ordinal) { [DocumentKinds.Mapping] = 0.4f },
    };

    /// <summary>All fields equal, scores summed, no kind priors: the unweighted starting point.</summary>
    public static RankingWeights Flat { get; } = new(1f, 1f, 1f, 1f);

    /// <summary>Score multiplier per document kind; kinds not listed get 1. Mappings repeat their clause's title once per
    /// jurisdiction, so without a prior a dozen near-identical mappings crowd out the clause, stances and guidance.</summary>
    public IReadOnlyDictionary<string, float> KindPriors { get; init; } = new Dictionary<string, float>(StringComparer.Ordinal);

    /// <summary>The prior of <paramref name="kind"/>.</summary>
    public float PriorOf(string kind) => KindPriors.TryGetValue(kind, out var prior) ? prior : 1f;
}
