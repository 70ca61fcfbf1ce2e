using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Text;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Guidance;
using RegKnowledge.Site.Markdown;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The guidance index (all, by topic, by jurisdiction) and one page per article, its Markdown rendered safely with a table of contents.</summary>
internal static class GuidancePages
{
    public static IEnumerable<PlannedPage> Plan(PageKit kit)
    {
        yield return Index(kit);
        foreach (var article in kit.Site.Graph.Guidance)
        {
            yield return Article(kit, article);
        }
    }

    private static PlannedPage Index(PageKit kit)
    {
        var site = kit.Site;
        var graph = site.Graph;
        var links = new PageLinks(SiteUrls.GuidanceIndex);
        LinkedSummary Item(GuidanceArticle g) => new(links.Link(SiteUrls.Guidance(g.Id), g.Title), g.Summary, DateText.Of(g.Updated ?? g.Published));

        var articles = graph.Guidance
            .OrderByDescending(g => g.Updated ?? g.Published).ThenBy(g => g.Id, StringComparer.Ordinal)
            .Select(Item).ToList();
        var byTopic = site.Topics
            .Select(t => new LinkGroup(t.Name, "topic-" + t.Id, graph.Guidance.Where(g => g.Topics.Contains(t.Id)).Select(Item).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        var byJurisdiction = graph.Jurisdictions
            .Select(j => new LinkGroup(j.Name, "jurisdiction-" + j.Id, graph.Guidance.Where(g => g.Jurisdictions.Contains(j.Id)).Select(Item).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        var general = graph.Guidance.Where(g => g.Jurisdictions.Count == 0).Select(Item).ToList();
        if (general.Count > 0)
        {
            byJurisdiction.Add(new LinkGroup("General (not specific to a jurisdiction)", "general", general));
        }

        var label = graph.Guidance.Select(graph.LabelOf).DefaultIfEmpty(Tlp.Clear).Max();
        var reviewed = FrameFactory.Latest(graph.Guidance.Select(g => (DateOnly?)(g.Updated ?? g.Published)));
        var frame = kit.Frames.Create(SiteUrls.GuidanceIndex, "Guidance", label, [], reviewed, null, "Best-practice articles by topic and jurisdiction.");
        return new PlannedPage(SiteUrls.GuidanceIndex, typeof(GuidanceIndexPage), new GuidanceIndexModel(frame, articles, byTopic, byJurisdiction));
    }

    private static PlannedPage Article(PageKit kit, GuidanceArticle g)
    {
        var site = kit.Site;
        var graph = site.Graph;
        var url = SiteUrls.Guidance(g.Id);
        var links = new PageLinks(url);
        var body = GuidanceMarkdown.Render(g.Body);
        var related = g.RelatedClauses
            .Where(graph.ClauseById.ContainsKey)
            .Select(c => graph.ClauseById[c])
            .Select(x => new LinkedSummary(links.Link(SiteUrls.Clause(x.Standard.Id, x.Clause.Id), $"{x.Clause.Id} {x.Clause.Title}"), x.Standard.Title))
            .ToList();
        var frame = kit.Frames.Create(url, g.Title, graph.LabelOf(g), [(SiteUrls.GuidanceIndex, "Guidance")], g.Updated ?? g.Published, g.Location.File,
            JurisdictionPages.Shorten(g.Summary));
        return new PlannedPage(url, typeof(GuidancePage), new GuidancePageModel(
            frame,
            g.Summary,
            graph.GovernanceById.ContainsKey(g.Owner) ? links.Link(SiteUrls.GoverningBody(g.Owner), site.BodyName(g.Owner)) : null,
            DateText.Of(g.Published),
            DateText.Of(g.Updated),
            new Badge(DisplayText.Capitalised(g.Status), "gs-" + DisplayText.Kebab(g.Status)),
            g.Topics.Select(t => links.Link(SiteUrls.Topic(t), site.TopicName(t))).ToList(),
            g.Jurisdictions.Select(j => links.Link(SiteUrls.Jurisdiction(j), site.JurisdictionName(j))).ToList(),
            related,
            body.Toc,
            body.Html));
    }
}
