using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Standards;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The jurisdiction index, one profile per jurisdiction, and one clause-level alignment page per (jurisdiction, standard) with mappings.</summary>
internal static class JurisdictionPages
{
    public static IEnumerable<PlannedPage> Plan(PageKit kit)
    {
        yield return Index(kit);
        var graph = kit.Site.Graph;
        foreach (var j in graph.Jurisdictions)
        {
            var url = SiteUrls.Jurisdiction(j.Id);
            var links = new PageLinks(url);
            var (profile, label, reviewed) = ProfileBuilder.Build(kit, j, links);
            var frame = kit.Frames.Create(url, j.Name, label, [(SiteUrls.JurisdictionIndex, "Jurisdictions")], reviewed, j.Location.File, Shorten(j.Summary));
            yield return new PlannedPage(url, typeof(JurisdictionPage), new JurisdictionPageModel(frame, profile));

            foreach (var standard in graph.Standards)
            {
                var mappings = kit.Rows.MappingsOf(standard, j);
                if (mappings.Count > 0)
                {
                    yield return Alignment(kit, j, standard, mappings);
                }
            }
        }
    }

    private static PlannedPage Index(PageKit kit)
    {
        var site = kit.Site;
        var graph = site.Graph;
        var links = new PageLinks(SiteUrls.JurisdictionIndex);
        var topics = site.Topics.Select(t => new TopicColumn(t.Id, t.Name, links.To(SiteUrls.Topic(t.Id)))).ToList();
        var regions = graph.Taxonomy.Regions
            .Select(r => new RegionCards(r.Name, graph.Jurisdictions.Where(j => j.Region == r.Id)
                .Select(j => new JurisdictionCard(
                    links.Link(SiteUrls.Jurisdiction(j.Id), j.Name),
                    j.Summary,
                    j.Parent is { } p && graph.JurisdictionById.ContainsKey(p) ? links.Link(SiteUrls.Jurisdiction(p), site.JurisdictionName(p)) : null,
                    site.Topics.Select(t => site.LevelOf(j, t.Id).Badge).ToList()))
                .ToList()))
            .Where(r => r.Cards.Count > 0)
            .ToList();
        var label = graph.Jurisdictions.SelectMany(j => j.Stances.Select(s => graph.LabelOf(j, s)).Append(graph.LabelOf(j))).DefaultIfEmpty(Tlp.Clear).Max();
        var reviewed = FrameFactory.Latest(graph.Jurisdictions.SelectMany(j => j.Stances).Select(s => (DateOnly?)s.AsOf));
        var frame = kit.Frames.Create(SiteUrls.JurisdictionIndex, "Jurisdictions", label, [], reviewed, null, "Every jurisdiction the consortium follows, by region.");
        return new PlannedPage(SiteUrls.JurisdictionIndex, typeof(JurisdictionIndexPage), new JurisdictionIndexModel(frame, topics, regions));
    }

    private static PlannedPage Alignment(PageKit kit, Model.Jurisdictions.Jurisdiction j, Standard standard, IReadOnlyList<ResolvedMapping> mappings)
    {
        var url = SiteUrls.Alignment(j.Id, standard.Id);
        var links = new PageLinks(url);
        var mapped = mappings.Select(m => m.Clause.Id).ToHashSet(StringComparer.Ordinal);
        var unmapped = standard.Clauses
            .Where(c => c.Status == ClauseStatus.Active && !mapped.Contains(c.Id))
            .Select(c => links.Link(SiteUrls.Clause(standard.Id, c.Id), $"{c.Id} {c.Title}"))
            .ToList();
        var frame = kit.Frames.Create(url, $"{standard.Title} in {j.Name}", mappings.Max(m => m.Label),
            [(SiteUrls.JurisdictionIndex, "Jurisdictions"), (SiteUrls.Jurisdiction(j.Id), j.Name)],
            mappings.Max(m => m.Mapping.ReviewedOn), mappings[0].Set.Location.File);
        return new PlannedPage(url, typeof(AlignmentPage), new AlignmentPageModel(frame, kit.Rows.AlignmentOf(standard, j, links),
            mappings.Select(m => kit.Rows.Mapping(m, links)).ToList(), unmapped));
    }

    internal static string Shorten(string text) => text.Length <= 200 ? text : text[..197].TrimEnd() + "…";
}
