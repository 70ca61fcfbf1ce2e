namespace RegKnowledge.Search.Querying;

/// <summary>How much a query word counts in each searched field, and how field scores combine.</summary>
/// <param name="Title">Boost of a match in the title.</param>
/// <param name="Context">Boost of a match in the context (jurisdiction, standard, article, regulator names).</param>
/// <param name="Body">Boost of a match in the body.</param>
/// <param name="TieBreaker">A word's score is its best field's score plus this share of the others (1 = sum, 0 = max).</param>
public sealed record FieldWeights(float Title, float Context, float Body, float TieBreaker)
{
    /// <summary>The weights chosen by measurement on the judged query set (README, "Search").</summary>
    public static FieldWeights Default { get; } = new(2f, 1f, 1f, 1f);

    /// <summary>All fields equal, scores summed: the unweighted starting point.</summary>
    public static FieldWeights Flat { get; } = new(1f, 1f, 1f, 1f);
}
