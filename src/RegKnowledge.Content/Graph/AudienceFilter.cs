using RegKnowledge.Model;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Guidance;
using RegKnowledge.Model.Taxonomy;

namespace RegKnowledge.Content.Graph;

/// <summary>Removes everything above an audience's TLP ceiling, before any later stage sees the content.</summary>
/// <remarks>Filtering once, here, is what makes "not even a trace" hold: the index, site, feeds and packs are built from the
/// filtered set and cannot leak what is not in memory. Items above the ceiling vanish; fields above it become null.</remarks>
public static class AudienceFilter
{
    /// <summary>A copy of <paramref name="content"/> holding only what <paramref name="ceiling"/> may see.</summary>
    public static ContentSet Apply(ContentSet content, Tlp ceiling)
    {
        var defaults = content.Taxonomy?.TlpDefaults ?? new TlpDefaults();
        bool Visible(Tlp label) => label <= ceiling;

        var jurisdictions = content.Jurisdictions
            .Where(j => Visible(j.Tlp ?? defaults.Jurisdiction))
            .Select(j =>
            {
                var copy = j.Copy<Model.Jurisdictions.Jurisdiction>();
                var label = j.Tlp ?? defaults.Jurisdiction;
                copy.Stances = j.Stances.Where(s => Visible(s.Tlp ?? label)).ToList();
                return copy;
            })
            .ToList();
        var jurisdictionIds = jurisdictions.Select(j => j.Id).ToHashSet(StringComparer.Ordinal);

        var standards = content.Standards.Where(s => Visible(s.Tlp ?? defaults.Standard)).ToList();
        var clauseIds = standards.SelectMany(s => s.Clauses).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var mappingSets = content.MappingSets
            .Where(m => Visible(m.Tlp ?? defaults.Mapping) && jurisdictionIds.Contains(m.Jurisdiction))
            .Select(m =>
            {
                var copy = m.Copy<Model.Mappings.MappingSet>();
                var setLabel = m.Tlp ?? defaults.Mapping;
                copy.Mappings = m.Mappings
                    .Where(x => Visible(x.Tlp ?? setLabel) && clauseIds.Contains(x.Clause))
                    .Select(x =>
                    {
                        var mapping = x.Copy<Model.Mappings.Mapping>();
                        var own = x.Tlp ?? setLabel;
                        var draft = x.DraftRationaleTlp ?? Max(defaults.MappingDraftRationale, own);
                        if (!Visible(draft))
                        {
                            mapping.DraftRationale = null;
                        }

                        return mapping;
                    })
                    .ToList();
                return copy;
            })
            .ToList();

        var guidance = content.Guidance
            .Where(g => Visible(g.Tlp ?? defaults.Guidance))
            // Drafts are work in progress: only audiences cleared for AMBER (staff) see them.
            .Where(g => g.Status != GuidanceStatus.Draft || ceiling >= Tlp.Amber)
            .Select(g =>
            {
                var copy = g.Copy<GuidanceArticle>();
                copy.Jurisdictions = g.Jurisdictions.Where(jurisdictionIds.Contains).ToList();
                copy.RelatedClauses = g.RelatedClauses.Where(clauseIds.Contains).ToList();
                return copy;
            })
            .ToList();

        var engagements = content.Engagements
            .Where(e => Visible(e.Tlp ?? defaults.Engagement) && jurisdictionIds.Contains(e.Jurisdiction))
            .Select(e =>
            {
                var copy = e.Copy<Model.Engagements.Engagement>();
                var label = e.Tlp ?? defaults.Engagement;
                if (!Visible(e.InternalNotesTlp ?? Max(defaults.EngagementNotes, label)))
                {
                    copy.InternalNotes = null;
                }

                return copy;
            })
            .ToList();

        var governance = content.Governance.Where(b => Visible(b.Tlp ?? defaults.Governance)).ToList();

        return new ContentSet
        {
            Root = content.Root,
            Site = content.Site,
            Taxonomy = content.Taxonomy,
            Jurisdictions = jurisdictions,
            Standards = standards,
            MappingSets = mappingSets,
            Guidance = guidance,
            Engagements = engagements,
            Governance = governance,
        };
    }

    private static Tlp Max(Tlp a, Tlp b) => a > b ? a : b;
}
