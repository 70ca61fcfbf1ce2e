using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Text;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Governance;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The working groups page (every body and what it owns) and one page per body.</summary>
internal static class GovernancePages
{
    public static IEnumerable<PlannedPage> Plan(PageKit kit)
    {
        var graph = kit.Site.Graph;
        var links = new PageLinks(SiteUrls.GovernanceIndex);
        var ordered = graph.Governance.OrderBy(b => b.Kind).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
        var label = graph.Governance.Select(b => b.Tlp ?? graph.Defaults.Governance).DefaultIfEmpty(Tlp.Clear).Max();
        var frame = kit.Frames.Create(SiteUrls.GovernanceIndex, "Working groups and committees", label, [], null, null,
            "Who owns which standards, guidance and engagements.");
        yield return new PlannedPage(SiteUrls.GovernanceIndex, typeof(GovernanceIndexPage),
            new GovernanceIndexModel(frame, ordered.Select(b => Card(kit.Site, b, links)).ToList()));

        foreach (var body in graph.Governance)
        {
            var url = SiteUrls.GoverningBody(body.Id);
            var bodyFrame = kit.Frames.Create(url, body.Name, body.Tlp ?? graph.Defaults.Governance, [(SiteUrls.GovernanceIndex, "Working groups")],
                null, body.Location.File, JurisdictionPages.Shorten(body.Remit));
            yield return new PlannedPage(url, typeof(GoverningBodyPage), new GoverningBodyPageModel(bodyFrame, Card(kit.Site, body, new PageLinks(url))));
        }
    }

    private static BodyCard Card(SiteContext site, GoverningBody b, PageLinks links)
    {
        var graph = site.Graph;
        return new BodyCard
        {
            Body = links.Link(SiteUrls.GoverningBody(b.Id), b.Name),
            Kind = DisplayText.Words(b.Kind),
            Remit = b.Remit,
            Parent = b.Parent is { } p && graph.GovernanceById.ContainsKey(p) ? links.Link(SiteUrls.GoverningBody(p), site.BodyName(p)) : null,
            Chair = b.Chair,
            Contact = b.Contact,
            Topics = b.Topics.Select(t => links.Link(SiteUrls.Topic(t), site.TopicName(t))).ToList(),
            Standards = graph.Standards.Where(s => s.Owner == b.Id).Select(s => links.Link(SiteUrls.Standard(s.Id), s.Title)).ToList(),
            Guidance = graph.Guidance.Where(g => g.Owner == b.Id).Select(g => links.Link(SiteUrls.Guidance(g.Id), g.Title)).ToList(),
            Engagements = graph.Engagements.Where(e => e.Lead == b.Id).Select(e => links.Link(SiteUrls.Engagement(e.Id), e.Title)).ToList(),
            Members = graph.Governance.Where(c => c.Parent == b.Id).Select(c => links.Link(SiteUrls.GoverningBody(c.Id), c.Name)).ToList(),
        };
    }
}
