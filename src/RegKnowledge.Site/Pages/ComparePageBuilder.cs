using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Site.Text;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The compare page: one pre-rendered column per jurisdiction; the compare script shows the chosen 2–4.</summary>
internal static class ComparePageBuilder
{
    private const int DefaultColumns = 2;

    public static PlannedPage Plan(PageKit kit)
    {
        var (site, frames, rows) = kit;
        var graph = site.Graph;
        var links = new PageLinks(SiteUrls.Compare);
        var all = graph.Jurisdictions;
        CompareRow Row(string heading, string? detail, Func<Jurisdiction, CompareCell> cell) => new(heading, detail, all.Select(cell).ToList());

        var overview = new CompareSection("Regime",
        [
            Row("Region", null, j => new(j.Id, null, graph.RegionById.TryGetValue(j.Region, out var r) ? r.Name : j.Region, null)),
            Row("Regulators", null, j => new(j.Id, null, j.Regulators.Count == 0 ? "none recorded" : string.Join(", ", j.Regulators.Select(r => r.Name)), null)),
            Row("Instruments in force", null, j => new(j.Id, null,
                Display.Number(j.Instruments.Count(i => i.Status is InstrumentStatus.InForce or InstrumentStatus.Phased)) + " of " + Display.Number(j.Instruments.Count),
                links.To(SiteUrls.Jurisdiction(j.Id) + "#instruments"))),
        ]);
        var stances = new CompareSection("Stance by topic", site.Topics.Select(t => Row(t.Name, null, j =>
        {
            var stance = graph.StanceOf(j, t.Id);
            return new CompareCell(j.Id, site.LevelOf(j, t.Id).Badge, stance is null ? "no stance recorded" : JurisdictionPages.Shorten(stance.Summary),
                links.To(SiteUrls.Stance(j.Id, t.Id)), "Sources and detail");
        })).ToList());
        var alignment = new CompareSection("Alignment with consortium standards", graph.Standards.Select(s => Row(s.Title, $"v{s.Version}", j =>
        {
            var summary = rows.AlignmentOf(s, j, links);
            if (summary.Mapped == 0)
            {
                return new CompareCell(j.Id, null, "not mapped yet", null);
            }

            var aligned = summary.Shares[0];
            return new CompareCell(j.Id, null, $"{Display.Number(aligned.Percent)}% aligned ({Display.Number(summary.Mapped)} of {Display.Number(summary.Clauses)} clauses mapped)", summary.DetailHref);
        })).ToList());
        var engagement = new CompareSection("Engagement",
        [
            Row("Open or upcoming", null, j => new(j.Id, null,
                Display.Number(graph.EngagementsByJurisdiction[j.Id].Count(e => e.Closes is { } c && c >= site.Today || e.Opened > site.Today)),
                links.To(SiteUrls.Jurisdiction(j.Id) + "#engagements"))),
            Row("All engagements", null, j => new(j.Id, null, Display.Number(graph.EngagementsByJurisdiction[j.Id].Count()), links.To(SiteUrls.Jurisdiction(j.Id) + "#engagements"))),
        ]);

        var label = all.SelectMany(j => j.Stances.Select(s => graph.LabelOf(j, s)).Append(graph.LabelOf(j)))
            .Concat(graph.Mappings.Select(m => m.Label)).DefaultIfEmpty(Tlp.Clear).Max();
        var reviewed = FrameFactory.Latest(all.SelectMany(j => j.Stances).Select(s => (DateOnly?)s.AsOf));
        var frame = frames.Create(SiteUrls.Compare, "Compare jurisdictions", label, [], reviewed, null,
            "Two to four jurisdictions side by side.", ["compare.js"]);
        return new PlannedPage(SiteUrls.Compare, typeof(ComparePage), new ComparePageModel(
            frame,
            all.Select(j => new CompareColumn(j.Id, links.Link(SiteUrls.Jurisdiction(j.Id), j.Name))).ToList(),
            all.Take(DefaultColumns).Select(j => j.Id).ToList(),
            [overview, stances, alignment, engagement]));
    }
}
