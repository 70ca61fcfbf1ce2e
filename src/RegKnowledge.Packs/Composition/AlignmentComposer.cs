using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Standards;
using RegKnowledge.SiteTemplates.ViewModels;
using RegKnowledge.SiteTemplates.ViewModels.Packs;
using Verdict = RegKnowledge.Model.Mappings.Alignment;

namespace RegKnowledge.Packs.Composition;

/// <summary>Section 3: per standard with mappings, the shares per verdict and a clause-level table with conflicts, gaps and partial
/// alignments first, then clause order.</summary>
internal static class AlignmentComposer
{
    private static readonly Verdict[] Urgency = [Verdict.Conflict, Verdict.Gap, Verdict.Partial, Verdict.Aligned, Verdict.NotApplicable];

    public static PackAlignment Compose(PackContext context, PackSelection selection, PackRows rows)
    {
        var standards = selection.Standards.Select((s, i) => Standard(context, selection, rows, s, "3." + PackText.Number(i + 1))).ToList();
        var notMapped = context.Graph.Standards
            .Where(s => s.Status is StandardStatus.Approved or StandardStatus.Consultation && !selection.Standards.Contains(s))
            .Where(s => s.Clauses.Any(c => c.Status == ClauseStatus.Active && context.InScope(c.Topics)))
            .Select(s =>
            {
                context.Include(context.Graph.LabelOf(s));
                return s.Title;
            })
            .ToList();
        return new PackAlignment { Jurisdiction = context.Jurisdiction.Name, Standards = standards, NotMapped = notMapped };
    }

    private static PackStandardAlignment Standard(PackContext context, PackSelection selection, PackRows rows, Standard standard, string number)
    {
        var j = context.Jurisdiction;
        var order = standard.Clauses.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var mappings = selection.Mappings.Where(m => m.Standard.Id == standard.Id)
            .OrderBy(m => Array.IndexOf(Urgency, m.Mapping.Alignment))
            .ThenBy(m => order.GetValueOrDefault(m.Clause.Id))
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        var active = standard.Clauses.Where(c => c.Status == ClauseStatus.Active && context.InScope(c.Topics)).ToList();
        var mapped = mappings.Select(m => m.Clause.Id).ToHashSet(StringComparer.Ordinal);
        var summary = new AlignmentSummary
        {
            Standard = context.SiteLink(SiteUrls.Standard(standard.Id), standard.Title),
            Jurisdiction = context.SiteLink(SiteUrls.Jurisdiction(j.Id), j.Name),
            DetailHref = context.SiteUrl(SiteUrls.Alignment(j.Id, standard.Id)),
            Mapped = mapped.Count,
            Clauses = active.Count,
            Shares = Shares.Of(mappings),
        };
        return new PackStandardAlignment
        {
            Anchor = "standard-" + standard.Id,
            Number = number,
            Title = standard.Title,
            MappedVersion = string.Join(", ", mappings.Select(m => m.Set.StandardVersion).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            CurrentVersion = standard.Version,
            Summary = summary,
            Rows = mappings.Select(rows.Mapping).ToList(),
            Unmapped = active.Where(c => !mapped.Contains(c.Id)).Select(c => $"{c.Id} {c.Title}").ToList(),
            ReviewedFrom = PackText.Date(mappings.Min(m => m.Mapping.ReviewedOn)),
            ReviewedTo = PackText.Date(mappings.Max(m => m.Mapping.ReviewedOn)),
        };
    }
}
