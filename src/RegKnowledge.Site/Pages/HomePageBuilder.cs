using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Text;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Engagements;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The home page: consultations closing soon (days left from the build clock), recent changes, coverage at a glance.</summary>
internal static class HomePageBuilder
{
    private const int ChangesShown = 12;
    private const int ClosingShown = 6;

    public static PlannedPage Plan(PageKit kit)
    {
        var (site, frames, rows) = kit;
        var graph = site.Graph;
        var links = new PageLinks(SiteUrls.Home);
        var changes = ChangeLog.Of(graph).Take(ChangesShown).ToList();
        var closing = graph.Engagements
            .Where(e => e.Kind == EngagementKind.Consultation && e.Closes is { } c && c >= site.Today)
            .OrderBy(e => e.Closes).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(ClosingShown)
            .ToList();

        var label = changes.Select(c => c.Label).Concat(closing.Select(graph.LabelOf)).DefaultIfEmpty(Tlp.Clear).Max();
        var frame = frames.Create(SiteUrls.Home, graph.Site.Consortium + ": regulatory knowledge base", label, [],
            changes.Count > 0 ? changes[0].Date : null, null,
            "Where crypto-asset regulation stands, jurisdiction by jurisdiction, and how the consortium's standards map onto it.");
        return new PlannedPage(SiteUrls.Home, typeof(HomePage), new HomePageModel(
            frame,
            changes.Select(c => new ChangeItem(DateText.Of(c.Date), links.Link(c.Url, c.Title), c.What)).ToList(),
            closing.Select(e => rows.Engagement(e, links)).ToList(),
            Coverage(site, links),
            Regions(site),
            DateText.Of(site.Today).Display));
    }

    private static List<Figure> Coverage(SiteContext site, PageLinks links)
    {
        var graph = site.Graph;
        var possible = graph.Jurisdictions.Count * site.Topics.Count;
        var assessed = graph.Jurisdictions.Sum(j => site.Topics.Count(t => site.LevelOf(j, t.Id).Assessed));
        var activeClauses = graph.Standards.SelectMany(s => s.Clauses).Where(c => c.Status == Model.Standards.ClauseStatus.Active).Select(c => c.Id).ToList();
        var mappedClauses = activeClauses.Count(c => graph.MappingsByClause[c].Any());
        var open = graph.Engagements.Count(e => e.Closes is { } c && c >= site.Today || e.Opened > site.Today);
        var n = DisplayText.Number;
        return
        [
            new(n(graph.Jurisdictions.Count), "jurisdictions", links.To(SiteUrls.JurisdictionIndex)),
            new($"{n(assessed)} of {n(possible)}", "stances assessed", links.To(SiteUrls.Matrix)),
            new(n(site.Topics.Count), "topics", links.To(SiteUrls.TopicIndex)),
            new(n(graph.Standards.Count), "standards", links.To(SiteUrls.StandardIndex)),
            new($"{n(mappedClauses)} of {n(activeClauses.Count)}", "clauses mapped somewhere", links.To(SiteUrls.Compliance)),
            new(n(graph.Mappings.Count), "clause mappings", links.To(SiteUrls.Compliance)),
            new(n(graph.Guidance.Count), "guidance articles", links.To(SiteUrls.GuidanceIndex)),
            new(n(open), "open or upcoming engagements", links.To(SiteUrls.EngagementIndex)),
        ];
    }

    private static List<RegionCoverage> Regions(SiteContext site) =>
        site.Graph.Taxonomy.Regions
            .Select(r => (Region: r, Members: site.Graph.Jurisdictions.Where(j => j.Region == r.Id).ToList()))
            .Where(x => x.Members.Count > 0)
            .Select(x => new RegionCoverage(
                x.Region.Name,
                x.Members.Count,
                x.Members.Sum(j => site.Topics.Count(t => site.LevelOf(j, t.Id).Assessed)),
                x.Members.Count * site.Topics.Count))
            .ToList();
}
