using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Engagements;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The engagement tracker (open and upcoming by deadline, history per regulator) and one page per engagement.</summary>
internal static class EngagementPages
{
    public static IEnumerable<PlannedPage> Plan(PageKit kit)
    {
        yield return Tracker(kit);
        foreach (var e in kit.Site.Graph.Engagements)
        {
            var url = SiteUrls.Engagement(e.Id);
            var frame = kit.Frames.Create(url, e.Title, kit.Site.Graph.LabelOf(e), [(SiteUrls.EngagementIndex, "Engagements")],
                FrameFactory.Latest([e.Opened, e.OutcomeDate]), e.Location.File, e.Position is null ? null : JurisdictionPages.Shorten(e.Position));
            yield return new PlannedPage(url, typeof(EngagementPage), new EngagementPageModel(frame, kit.Rows.Engagement(e, new PageLinks(url))));
        }
    }

    /// <summary>Open: a deadline today or later, or opening in the future. Earliest deadline first; undated upcoming ones after.</summary>
    public static bool IsOpen(Engagement e, DateOnly today) => e.Closes is { } closes ? closes >= today : e.Opened > today;

    private static PlannedPage Tracker(PageKit kit)
    {
        var (site, frames, rows) = kit;
        var graph = site.Graph;
        var links = new PageLinks(SiteUrls.EngagementIndex);
        var open = graph.Engagements
            .Where(e => IsOpen(e, site.Today))
            .OrderBy(e => e.Closes ?? e.Opened).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => rows.Engagement(e, links))
            .ToList();
        var history = graph.Engagements
            .Where(e => !IsOpen(e, site.Today))
            .GroupBy(e => e.Regulator)
            .OrderBy(g => site.RegulatorName(g.Key), StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RegulatorHistory(
                site.RegulatorName(g.Key),
                links.Link(SiteUrls.Jurisdiction(g.First().Jurisdiction), site.JurisdictionName(g.First().Jurisdiction)),
                g.OrderByDescending(e => e.Opened).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => rows.Engagement(e, links)).ToList()))
            .ToList();

        var label = graph.Engagements.Select(graph.LabelOf).DefaultIfEmpty(Tlp.Clear).Max();
        var reviewed = FrameFactory.Latest(graph.Engagements.Select(e => (DateOnly?)e.Opened).Where(d => d <= site.Today));
        var frame = frames.Create(SiteUrls.EngagementIndex, "Engagement tracker", label, [], reviewed, null,
            "Consultations, letters and meetings with regulators: deadlines, our response status and position.");
        return new PlannedPage(SiteUrls.EngagementIndex, typeof(EngagementIndexPage),
            new EngagementIndexModel(frame, open, history, links.To(SiteUrls.Calendar)));
    }
}
