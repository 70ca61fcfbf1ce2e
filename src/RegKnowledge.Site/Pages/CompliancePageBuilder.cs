using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Text;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Model.Standards;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;
using Verdict = RegKnowledge.Model.Mappings.Alignment;

namespace RegKnowledge.Site.Pages;

/// <summary>The compliance matrix: standards and clauses × jurisdictions, each cell the alignment verdict, each standard's first row the totals.</summary>
internal static class CompliancePageBuilder
{
    // When a clause maps to several provisions in one jurisdiction, the cell shows the verdict that needs most attention.
    private static readonly Verdict[] Severity = [Verdict.Conflict, Verdict.Gap, Verdict.Partial, Verdict.Aligned, Verdict.NotApplicable];

    /// <summary>The index (one row per standard: its totals per jurisdiction) and one page per standard with its clause rows.</summary>
    /// <remarks>One page with every clause grew to 22 MB and 10 s of rendering at 10,000 documents (55 standards × 180 jurisdictions);
    /// split per standard, each page stays small enough for a browser to open.</remarks>
    public static IEnumerable<PlannedPage> Plan(PageKit kit)
    {
        var (site, frames, _) = kit;
        var graph = site.Graph;
        var columns = graph.Jurisdictions.Where(j => graph.MappingsByJurisdiction[j.Id].Any()).ToList();
        var legend = RowBuilder.AllVerdicts.Select(RowBuilder.VerdictBadge).ToList();

        var indexLinks = new PageLinks(SiteUrls.Compliance);
        var totals = graph.Standards.Select(s => Total(kit, s, columns, indexLinks) with { Subject = indexLinks.Link(SiteUrls.ComplianceOf(s.Id), s.Id), Title = s.Title }).ToList();
        var label = graph.Mappings.Select(m => m.Label).Concat(graph.Standards.Select(graph.LabelOf)).DefaultIfEmpty(Tlp.Clear).Max();
        var reviewed = FrameFactory.Latest(graph.Mappings.Select(m => (DateOnly?)m.Mapping.ReviewedOn));
        var frame = frames.Create(SiteUrls.Compliance, "Compliance matrix", label, [], reviewed, null,
            "Every standard against every mapped jurisdiction; each standard's page has its clauses.");
        yield return new PlannedPage(SiteUrls.Compliance, typeof(CompliancePage), new CompliancePageModel(frame,
            "Each cell counts a standard's clause mappings aligned with a jurisdiction's rules, of those mapped. Open a standard for its clauses.",
            columns.Select(j => indexLinks.Link(SiteUrls.Jurisdiction(j.Id), j.Name)).ToList(),
            [new HeatBlock(indexLinks.Link(SiteUrls.StandardIndex, "All standards"), totals)], legend));

        foreach (var s in graph.Standards)
        {
            var url = SiteUrls.ComplianceOf(s.Id);
            var links = new PageLinks(url);
            var mappings = graph.Mappings.Where(m => m.Standard.Id == s.Id).ToList();
            var standardFrame = frames.Create(url, $"Compliance: {s.Title}", mappings.Select(m => m.Label).Append(graph.LabelOf(s)).Max(),
                [(SiteUrls.Compliance, "Compliance matrix")], FrameFactory.Latest(mappings.Select(m => (DateOnly?)m.Mapping.ReviewedOn)), null,
                $"Every clause of {s.Title} against every mapped jurisdiction.");
            var block = new HeatBlock(links.Link(SiteUrls.Standard(s.Id), s.Title),
                [Total(kit, s, columns, links), .. s.Clauses.Where(c => c.Status == ClauseStatus.Active).Select(c => ClauseRow(s, c, columns, graph, links))]);
            yield return new PlannedPage(url, typeof(CompliancePage), new CompliancePageModel(standardFrame,
                "Each cell gives the alignment of a clause with a jurisdiction's rules; the first row sums the clauses (aligned of mapped).",
                columns.Select(j => links.Link(SiteUrls.Jurisdiction(j.Id), j.Name)).ToList(), [block], legend));
        }
    }

    private static HeatRow Total(PageKit kit, Standard s, List<Jurisdiction> columns, PageLinks links)
    {
        var cells = columns.Select(j =>
        {
            var summary = kit.Rows.AlignmentOf(s, j, links);
            if (summary.Mapped == 0)
            {
                return new HeatCell("—", "heat-none", null, $"{s.Title} is not mapped in {j.Name}");
            }

            var aligned = summary.Shares[0].Count;
            var mappings = summary.Shares.Sum(x => x.Count);
            var step = (int)Math.Round(aligned * 4.0 / mappings, MidpointRounding.AwayFromZero);
            return new HeatCell($"{DisplayText.Number(aligned)}/{DisplayText.Number(mappings)}", $"heat-{DisplayText.Number(step)}", summary.DetailHref,
                $"{DisplayText.Number(aligned)} of {DisplayText.Number(mappings)} mappings aligned in {j.Name}");
        }).ToList();
        return new HeatRow(links.Link(SiteUrls.Standard(s.Id), s.Id), "all clauses", cells, true);
    }

    private static HeatRow ClauseRow(Standard s, Clause c, List<Jurisdiction> columns, KnowledgeGraph graph, PageLinks links)
    {
        var cells = columns.Select(j =>
        {
            var mappings = graph.MappingsByClause[c.Id].Where(m => m.Jurisdiction.Id == j.Id).ToList();
            if (mappings.Count == 0)
            {
                return new HeatCell("—", "heat-none", null, $"{c.Id} is not mapped in {j.Name}");
            }

            var worst = mappings.OrderBy(m => Array.IndexOf(Severity, m.Mapping.Alignment)).ThenBy(m => m.Id, StringComparer.Ordinal).First();
            var text = RowBuilder.VerdictText(worst.Mapping.Alignment) + (mappings.Count > 1 ? $" ({DisplayText.Number(mappings.Count)})" : "");
            return new HeatCell(text, RowBuilder.VerdictClass(worst.Mapping.Alignment), links.To(SiteUrls.Mapping(j.Id, s.Id, worst.Id)),
                $"{c.Id} in {j.Name}: {RowBuilder.VerdictText(worst.Mapping.Alignment).ToLowerInvariant()}");
        }).ToList();
        return new HeatRow(links.Link(SiteUrls.Clause(s.Id, c.Id), c.Id), c.Title, cells, false);
    }
}
