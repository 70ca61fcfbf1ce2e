using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Mappings;
using RegKnowledge.Model.Standards;

namespace RegKnowledge.Packs.Composition;

/// <summary>Orders gaps and conflicts by importance: the clause's normative level (must, should, may), conflicts before gaps, then the
/// weaker relationship first (the less the local rule covers, the wider the gap), then higher confidence, then id.</summary>
internal static class IssueRanking
{
    /// <summary>How many the summary shows at most.</summary>
    public const int SummaryCount = 5;

    public const string Explanation = "The most important gaps and conflicts are ranked by the clause's normative level (must, then should, then may), "
        + "then conflicts before gaps, then by the strength of the relationship (weakest first: the less the local rule covers, the wider the gap), "
        + "then by the reviewer's confidence (highest first).";

    public static IEnumerable<ResolvedMapping> Rank(IEnumerable<ResolvedMapping> mappings) => mappings
        .Where(m => m.Mapping.Alignment is Alignment.Gap or Alignment.Conflict)
        .OrderBy(m => LevelRank(m.Clause.Level))
        .ThenBy(m => m.Mapping.Alignment == Alignment.Conflict ? 0 : 1)
        .ThenBy(m => m.Mapping.Strength)
        .ThenByDescending(m => m.Mapping.Confidence)
        .ThenBy(m => m.Id, StringComparer.Ordinal);

    private static int LevelRank(NormativeLevel level) => level switch
    {
        NormativeLevel.Must => 0,
        NormativeLevel.Should => 1,
        _ => 2,
    };
}
