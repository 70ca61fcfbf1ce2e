using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Taxonomy;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The topic index and one page per topic: the topic across all jurisdictions, with its clauses, guidance and engagements.</summary>
internal static class TopicPages
{
    public static IEnumerable<PlannedPage> Plan(PageKit kit)
    {
        var site = kit.Site;
        var graph = site.Graph;
        var indexLinks = new PageLinks(SiteUrls.TopicIndex);
        var cards = site.Topics.Select(t => new TopicCard(indexLinks.Link(SiteUrls.Topic(t.Id), t.Name), t.Description, Spread(site, t))).ToList();
        var allLabel = graph.Jurisdictions.SelectMany(j => j.Stances.Select(s => graph.LabelOf(j, s))).DefaultIfEmpty(Tlp.Clear).Max();
        var allReviewed = FrameFactory.Latest(graph.Jurisdictions.SelectMany(j => j.Stances).Select(s => (DateOnly?)s.AsOf));
        yield return new PlannedPage(SiteUrls.TopicIndex, typeof(TopicIndexPage), new TopicIndexModel(
            kit.Frames.Create(SiteUrls.TopicIndex, "Topics", allLabel, [], allReviewed, graph.Taxonomy.Location.File, "The subjects every jurisdiction is assessed on."),
            cards));

        foreach (var topic in site.Topics)
        {
            yield return Topic(kit, topic);
        }
    }

    private static PlannedPage Topic(PageKit kit, Topic topic)
    {
        var (site, frames, rows) = kit;
        var graph = site.Graph;
        var url = SiteUrls.Topic(topic.Id);
        var links = new PageLinks(url);
        var stances = graph.Jurisdictions.Select(j => rows.Stance(j, topic.Id, links) with { Anchor = "jurisdiction-" + j.Id }).ToList();
        var clauses = graph.Standards
            .SelectMany(s => s.Clauses.Where(c => c.Topics.Contains(topic.Id)).Select(c => links.Link(SiteUrls.Clause(s.Id, c.Id), $"{c.Id} {c.Title}")))
            .ToList();
        var guidance = graph.Guidance.Where(g => g.Topics.Contains(topic.Id)).ToList();
        var engagements = graph.Engagements.Where(e => e.Topics.Contains(topic.Id))
            .OrderByDescending(e => e.Opened).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        var topicStances = graph.Jurisdictions.SelectMany(j => j.Stances.Where(s => s.Topic == topic.Id).Select(s => (j, s))).ToList();
        var label = topicStances.Select(x => graph.LabelOf(x.j, x.s))
            .Concat(guidance.Select(graph.LabelOf))
            .Concat(engagements.Select(graph.LabelOf))
            .DefaultIfEmpty(Tlp.Clear).Max();
        var reviewed = FrameFactory.Latest(topicStances.Select(x => (DateOnly?)x.s.AsOf));
        var frame = frames.Create(url, topic.Name, label, [(SiteUrls.TopicIndex, "Topics")], reviewed, graph.Taxonomy.Location.File, topic.Description);
        return new PlannedPage(url, typeof(TopicPage), new TopicPageModel(
            frame, topic.Description, Spread(site, topic), stances, clauses,
            guidance.Select(g => new LinkedSummary(links.Link(SiteUrls.Guidance(g.Id), g.Title), g.Summary)).ToList(),
            engagements.Select(e => rows.Engagement(e, links)).ToList()));
    }

    private static List<LevelCount> Spread(SiteContext site, Topic topic) =>
        site.Legend
            .Select(level => new LevelCount(level, site.Graph.Jurisdictions.Count(j => site.LevelOf(j, topic.Id).Id == level.Id)))
            .ToList();
}
