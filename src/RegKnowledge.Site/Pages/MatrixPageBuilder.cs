using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The stance matrix: jurisdictions (grouped by region) × topics.</summary>
internal static class MatrixPageBuilder
{
    public static PlannedPage Plan(PageKit kit)
    {
        var site = kit.Site;
        var graph = site.Graph;
        var links = new PageLinks(SiteUrls.Matrix);
        var topics = site.Topics.Select(t => new TopicColumn(t.Id, t.Name, links.To(SiteUrls.Topic(t.Id)))).ToList();
        var regions = graph.Taxonomy.Regions
            .Select(r => new RegionRows(r.Id, r.Name, graph.Jurisdictions
                .Where(j => j.Region == r.Id)
                .Select(j => new StanceMatrixRow(j.Id, links.Link(SiteUrls.Jurisdiction(j.Id), j.Name), r.Id, site.Topics
                    .Select(t => new StanceCell(t.Id, site.LevelOf(j, t.Id), links.To(SiteUrls.Stance(j.Id, t.Id))))
                    .ToList()))
                .ToList()))
            .Where(r => r.Rows.Count > 0)
            .ToList();

        var label = graph.Jurisdictions.SelectMany(j => j.Stances.Select(s => graph.LabelOf(j, s))).DefaultIfEmpty(Tlp.Clear).Max();
        var reviewed = FrameFactory.Latest(graph.Jurisdictions.SelectMany(j => j.Stances).Select(s => (DateOnly?)s.AsOf));
        var frame = kit.Frames.Create(SiteUrls.Matrix, "Stance matrix", label, [], reviewed, null,
            "Every jurisdiction's stance on every topic.", ["matrix.js"]);
        return new PlannedPage(SiteUrls.Matrix, typeof(MatrixPage), new MatrixPageModel(frame, topics, regions, site.Legend));
    }
}
