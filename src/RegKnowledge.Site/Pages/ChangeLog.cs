using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Text;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Site.Pages;

/// <summary>Something dated in the content: a stance review, a new guidance article, an engagement, a mapping review.</summary>
internal sealed record ChangeEntry(DateOnly Date, string Url, string Title, string What, Tlp Label, string Key);

/// <summary>Recent changes derived from dates in the content (never from file times), newest first; feeds the home page and the Atom feed.</summary>
internal static class ChangeLog
{
    public static IReadOnlyList<ChangeEntry> Of(KnowledgeGraph graph)
    {
        var today = graph.Clock.Today;
        var entries = new List<ChangeEntry>();
        foreach (var j in graph.Jurisdictions)
        {
            foreach (var group in j.Stances.GroupBy(s => s.AsOf))
            {
                var topics = string.Join(", ", group.Select(s => graph.TopicById.TryGetValue(s.Topic, out var t) ? t.Name : s.Topic).Order(StringComparer.Ordinal));
                var label = group.Select(s => graph.LabelOf(j, s)).Max();
                entries.Add(new(group.Key, SiteUrls.Jurisdiction(j.Id), j.Name, $"stances reviewed: {topics}", label, $"stances/{j.Id}/{Iso(group.Key)}"));
            }
        }

        foreach (var g in graph.Guidance)
        {
            entries.Add(new(g.Published, SiteUrls.Guidance(g.Id), g.Title, "guidance published", graph.LabelOf(g), $"guidance/{g.Id}/published"));
            if (g.Updated is { } updated && updated != g.Published)
            {
                entries.Add(new(updated, SiteUrls.Guidance(g.Id), g.Title, "guidance updated", graph.LabelOf(g), $"guidance/{g.Id}/{Iso(updated)}"));
            }
        }

        foreach (var e in graph.Engagements)
        {
            entries.Add(new(e.Opened, SiteUrls.Engagement(e.Id), e.Title, $"{DisplayText.Words(e.Kind)} opened", graph.LabelOf(e), $"engagement/{e.Id}/opened"));
            if (e.OutcomeDate is { } outcome)
            {
                entries.Add(new(outcome, SiteUrls.Engagement(e.Id), e.Title, "outcome recorded", graph.LabelOf(e), $"engagement/{e.Id}/outcome"));
            }
        }

        foreach (var s in graph.Standards)
        {
            entries.Add(new(s.Published, SiteUrls.Standard(s.Id), s.Title, $"version {s.Version} published", graph.LabelOf(s), $"standard/{s.Id}/{s.Version}"));
        }

        foreach (var group in graph.Mappings.GroupBy(m => (m.Standard.Id, m.Jurisdiction.Id, m.Mapping.ReviewedOn)))
        {
            var first = group.First();
            entries.Add(new(group.Key.ReviewedOn, SiteUrls.Alignment(first.Jurisdiction.Id, first.Standard.Id),
                $"{first.Standard.Title} in {first.Jurisdiction.Name}", $"{DisplayText.Number(group.Count())} mapping(s) reviewed",
                group.Max(m => m.Label), $"mappings/{first.Standard.Id}/{first.Jurisdiction.Id}/{Iso(group.Key.ReviewedOn)}"));
        }

        // Future dates (a meeting scheduled next month) are not changes yet.
        return entries
            .Where(e => e.Date <= today)
            .OrderByDescending(e => e.Date)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
