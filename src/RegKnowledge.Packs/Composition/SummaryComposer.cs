using RegKnowledge.Model.Engagements;
using RegKnowledge.Model.Mappings;
using RegKnowledge.Model.Standards;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Composition;

/// <summary>Section 1: why the pack exists, the headline figures, the asks, the ranked gaps and conflicts, the open consultations.
/// The asks are derived, never written: our recorded position on each open consultation, then each ranked gap or conflict.</summary>
internal static class SummaryComposer
{
    public static PackSummary Compose(PackContext context, PackSelection selection, PackRows rows)
    {
        var figures = Figures(context, selection);
        // Composed in reading order, so the sources the asks cite get the first numbers.
        var open = selection.OpenConsultations.Select(e => (Engagement: e, Item: rows.Engagement(e))).ToList();
        var issues = selection.Issues.Select((m, i) => (Mapping: m, Issue: new PackIssue(i + 1, rows.Mapping(m), m.Standard.Title))).ToList();
        var asks = open.Where(o => o.Engagement.Position is not null && o.Engagement.ResponseStatus != ResponseStatus.Declined)
            .Select(o => ConsultationAsk(o.Item))
            .Concat(issues.Select(i => IssueAsk(i.Issue, i.Mapping.Mapping.Alignment == Alignment.Conflict, context.Jurisdiction.Name)))
            .ToList();
        return new PackSummary
        {
            Why = Why(context, selection),
            Figures = figures,
            Asks = asks,
            Issues = issues.Select(i => i.Issue).ToList(),
            OpenConsultations = open.Select(o => o.Item).ToList(),
            Recipient = context.Recipient.Name,
            Jurisdiction = context.Jurisdiction.Name,
        };
    }

    private static IReadOnlyList<string> Why(PackContext context, PackSelection selection)
    {
        var site = context.Graph.Site;
        var j = context.Jurisdiction;
        var covers = new List<string>
        {
            $"how we understand the {j.Name} regime for crypto-asset activity",
            $"how {j.Name} rules align with the consortium's standards",
        };
        if (selection.Engagements.Count > 0)
        {
            covers.Add($"our engagement with {context.Recipient.Name} "
                + $"({PackText.Count(selection.Engagements.Count, "consultation, letter or meeting", "consultations, letters and meetings")} recorded)");
        }

        var scope = context.Topics.Count == 0 ? "" : $" It is limited to {PackText.List(context.TopicsInScope.Select(t => t.Name).ToList())}.";
        return
        [
            $"The {site.Consortium} ({site.ShortName}) prepared this pack for {context.Recipient.Name}. It sets out {Series(covers)}.{scope}",
            j.Summary,
        ];
    }

    /// <summary>"a and b", or "a, b, and c" (the serial comma keeps "standards, and our engagement" from reading as one item).</summary>
    private static string Series(IReadOnlyList<string> items) =>
        items.Count <= 2 ? string.Join(" and ", items) : $"{string.Join(", ", items.Take(items.Count - 1))}, and {items[^1]}";

    private static PackFigures? Figures(PackContext context, PackSelection selection)
    {
        if (selection.Mappings.Count == 0)
        {
            return null;
        }

        var active = selection.Standards.Sum(s => s.Clauses.Count(c => c.Status == ClauseStatus.Active && context.InScope(c.Topics)));
        var clauses = selection.Mappings.Select(m => m.Clause.Id).Distinct(StringComparer.Ordinal).Count();
        return new PackFigures(selection.Mappings.Count, clauses, active, selection.Standards.Count, Shares.Of(selection.Mappings.ToList()));
    }

    private static PackAsk ConsultationAsk(PackEngagementItem item)
    {
        var row = item.Row;
        var reference = row.Reference is null ? "" : $" ({row.Reference})";
        var deadline = row.Closes is null ? "no deadline published" : $"closes {row.Closes.Display}";
        return new PackAsk($"Consider our position on “{row.Engagement.Text}”{reference}, {deadline}.", "#" + item.Anchor, item.Sources);
    }

    private static PackAsk IssueAsk(PackIssue issue, bool conflict, string jurisdiction)
    {
        var row = issue.Mapping.Row;
        var clause = $"our clause {row.Clause.Text} ({row.ClauseTitle})";
        var local = row.Instrument is null ? $"{jurisdiction} rules" : row.Instrument + (row.Provision is null ? "" : ", " + row.Provision);
        var text = (conflict, row.Instrument is null) switch
        {
            (true, _) => $"Resolve the conflict between {clause} and {local}.",
            (false, true) => $"Address the gap: no {jurisdiction} provision corresponds to {clause}.",
            (false, false) => $"Address the gap between {clause} and {local}.",
        };
        return new PackAsk(text, "#map-" + row.Anchor, issue.Mapping.Sources);
    }
}
