using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Engagements;
using RegKnowledge.Model.Guidance;
using RegKnowledge.Model.Mappings;
using RegKnowledge.Model.Standards;

namespace RegKnowledge.Packs.Composition;

/// <summary>The content one pack draws on, chosen once: the jurisdiction's mappings and the recipient's engagements within the topic
/// scope, and the guidance that bears on them. Ordered deterministically.</summary>
internal sealed class PackSelection
{
    public PackSelection(PackContext context)
    {
        var graph = context.Graph;
        var j = context.Jurisdiction;
        Mappings = graph.MappingsByJurisdiction[j.Id]
            .Where(m => m.Clause.Status == ClauseStatus.Active && context.InScope(m.Clause.Topics))
            .ToList();
        Standards = graph.Standards.Where(s => Mappings.Any(m => m.Standard.Id == s.Id)).ToList();
        Engagements = graph.EngagementsByJurisdiction[j.Id]
            .Where(e => context.Recipient.Addresses(e.Regulator) && context.InScope(e.Topics))
            .OrderByDescending(e => e.Closes ?? e.Opened).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        OpenConsultations = Engagements.Where(e => IsOpen(e, context.Today)).OrderBy(e => e.Closes ?? DateOnly.MaxValue).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        Issues = IssueRanking.Rank(Mappings).Take(IssueRanking.SummaryCount).ToList();

        // Guidance written for this jurisdiction, and general guidance on a clause that is not fully aligned here.
        var weakClauses = Mappings.Where(m => m.Mapping.Alignment is Alignment.Partial or Alignment.Gap or Alignment.Conflict)
            .Select(m => m.Clause.Id).ToHashSet(StringComparer.Ordinal);
        Guidance = graph.Guidance
            .Where(g => g.Status == GuidanceStatus.Published && context.InScope(g.Topics))
            .Where(g => g.Jurisdictions.Contains(j.Id) || (g.Jurisdictions.Count == 0 && g.RelatedClauses.Any(weakClauses.Contains)))
            .OrderBy(g => g.Jurisdictions.Count == 0).ThenBy(g => g.Title, StringComparer.Ordinal).ThenBy(g => g.Id, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<ResolvedMapping> Mappings { get; }
    /// <summary>Standards with at least one mapping in scope.</summary>
    public IReadOnlyList<Standard> Standards { get; }
    /// <summary>Engagements with the recipient, latest first.</summary>
    public IReadOnlyList<Engagement> Engagements { get; }
    /// <summary>Consultations still open (or announced), soonest deadline first.</summary>
    public IReadOnlyList<Engagement> OpenConsultations { get; }
    /// <summary>The most important gaps and conflicts, ranked.</summary>
    public IReadOnlyList<ResolvedMapping> Issues { get; }
    public IReadOnlyList<GuidanceArticle> Guidance { get; }

    /// <summary>A consultation whose deadline has not passed; without a deadline, one we are still watching or answering.</summary>
    public static bool IsOpen(Engagement e, DateOnly today) =>
        e.Kind == EngagementKind.Consultation
        && (e.Closes is { } closes ? closes >= today : e.ResponseStatus is ResponseStatus.Monitoring or ResponseStatus.Drafting);
}
