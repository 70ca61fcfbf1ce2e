using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Text;
using RegKnowledge.Model.Standards;
using RegKnowledge.Site.Text;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The standard index and one page per standard: version, status, owner, and each clause with its mappings across jurisdictions.</summary>
internal static class StandardPages
{
    public static IEnumerable<PlannedPage> Plan(PageKit kit)
    {
        var graph = kit.Site.Graph;
        var indexLinks = new PageLinks(SiteUrls.StandardIndex);
        var label = graph.Standards.Select(graph.LabelOf).DefaultIfEmpty(Model.Common.Tlp.Clear).Max();
        var frame = kit.Frames.Create(SiteUrls.StandardIndex, "Consortium standards", label, [],
            FrameFactory.Latest(graph.Standards.Select(s => (DateOnly?)s.Published)), null, "The consortium's own standards and how far each is mapped.");
        yield return new PlannedPage(SiteUrls.StandardIndex, typeof(StandardIndexPage),
            new StandardIndexModel(frame, graph.Standards.Select(s => Card(kit.Site, s, indexLinks)).ToList()));

        foreach (var standard in graph.Standards)
        {
            yield return Standard(kit, standard);
        }
    }

    public static StandardCard Card(SiteContext site, Standard s, PageLinks links) => new(
        links.Link(SiteUrls.Standard(s.Id), s.Title),
        s.Version,
        new Badge(DisplayText.Capitalised(s.Status), "ss-" + DisplayText.Kebab(s.Status)),
        site.Graph.GovernanceById.ContainsKey(s.Owner) ? links.Link(SiteUrls.GoverningBody(s.Owner), site.BodyName(s.Owner)) : null,
        s.Summary,
        s.Clauses.Count(c => c.Status == ClauseStatus.Active));

    private static PlannedPage Standard(PageKit kit, Standard standard)
    {
        var (site, frames, rows) = kit;
        var graph = site.Graph;
        var url = SiteUrls.Standard(standard.Id);
        var links = new PageLinks(url);
        var mappings = graph.Mappings.Where(m => m.Standard.Id == standard.Id).ToList();
        var clauses = standard.Clauses.Select(c => new ClauseView
        {
            Id = c.Id,
            Title = c.Title,
            Text = c.Text,
            Level = c.Level.ToString().ToUpperInvariant(),
            Status = DisplayText.Words(c.Status),
            Since = c.Since,
            Topics = c.Topics.Select(t => links.Link(SiteUrls.Topic(t), site.TopicName(t))).ToList(),
            References = c.References.Select(r => new SourceItem($"{r.Framework} {r.Ref}", SafeUrl.Https(r.Url), null)).ToList(),
            Mappings = graph.MappingsByClause[c.Id]
                .OrderBy(m => m.Jurisdiction.Id, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)
                .Select(m => rows.Mapping(m, links)).ToList(),
            Guidance = graph.Guidance.Where(g => g.RelatedClauses.Contains(c.Id)).Select(g => links.Link(SiteUrls.Guidance(g.Id), g.Title)).ToList(),
        }).ToList();
        var alignments = graph.Jurisdictions
            .Where(j => mappings.Any(m => m.Jurisdiction.Id == j.Id))
            .Select(j => rows.AlignmentOf(standard, j, links))
            .ToList();
        var versions = standard.Versions
            .OrderByDescending(v => v.Date).ThenBy(v => v.Version, StringComparer.Ordinal)
            .Select(v => new VersionItem(v.Version, DisplayText.Words(v.Status), DateText.Of(v.Date), v.Changes))
            .ToList();

        var label = mappings.Select(m => m.Label).Append(graph.LabelOf(standard)).Max();
        var reviewed = FrameFactory.Latest(mappings.Select(m => (DateOnly?)m.Mapping.ReviewedOn).Append(standard.Published));
        var frame = frames.Create(url, standard.Title, label, [(SiteUrls.StandardIndex, "Standards")], reviewed, standard.Location.File,
            JurisdictionPages.Shorten(standard.Summary));
        return new PlannedPage(url, typeof(StandardPage), new StandardPageModel(frame, Card(site, standard, links), DateText.Of(standard.Published),
            versions, clauses, alignments));
    }
}
