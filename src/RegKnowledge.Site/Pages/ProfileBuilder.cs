using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Site.Text;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>Builds a <see cref="JurisdictionProfile"/> and the label and review date of what it shows.</summary>
internal static class ProfileBuilder
{
    public static (JurisdictionProfile Profile, Tlp Label, DateOnly? Reviewed) Build(PageKit kit, Jurisdiction j, PageLinks links)
    {
        var (site, _, rows) = kit;
        var graph = site.Graph;
        var standards = graph.Standards.Where(s => graph.MappingsByJurisdiction[j.Id].Any(m => m.Standard.Id == s.Id)).ToList();
        var engagements = graph.EngagementsByJurisdiction[j.Id].OrderByDescending(e => e.Opened).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var guidance = graph.Guidance.Where(g => g.Jurisdictions.Contains(j.Id)).ToList();

        var profile = new JurisdictionProfile
        {
            Id = j.Id,
            Name = j.Name,
            Region = graph.RegionById.TryGetValue(j.Region, out var region) ? region.Name : j.Region,
            Parent = j.Parent is { } parent && graph.JurisdictionById.ContainsKey(parent) ? links.Link(SiteUrls.Jurisdiction(parent), site.JurisdictionName(parent)) : null,
            Children = graph.Jurisdictions.Where(c => c.Parent == j.Id).Select(c => links.Link(SiteUrls.Jurisdiction(c.Id), c.Name)).ToList(),
            Summary = j.Summary,
            Regulators = j.Regulators.Select(r => new RegulatorItem(r.Id, r.Name, r.Remit, SafeUrl.Https(r.Url))).ToList(),
            Instruments = j.Instruments.Select(i => Instrument(site, i)).ToList(),
            Stances = site.Topics.Select(t => rows.Stance(j, t.Id, links)).ToList(),
            Alignments = standards.Select(s => rows.AlignmentOf(s, j, links)).ToList(),
            Engagements = engagements.Select(e => rows.Engagement(e, links)).ToList(),
            Guidance = guidance.Select(g => new LinkedSummary(links.Link(SiteUrls.Guidance(g.Id), g.Title), g.Summary)).ToList(),
            Packs = site.Options.LinkPacks
                ? [links.Link(SiteUrls.Pack(j.Id, null, "pdf"), "PDF"), links.Link(SiteUrls.Pack(j.Id, null, "html"), "HTML"), .. RegulatorPacks(j, links)]
                : [],
        };

        var label = new[] { graph.LabelOf(j) }
            .Concat(j.Stances.Select(s => graph.LabelOf(j, s)))
            .Concat(graph.MappingsByJurisdiction[j.Id].Select(m => m.Label))
            .Concat(engagements.Select(graph.LabelOf))
            .Concat(guidance.Select(graph.LabelOf))
            .Max();
        var reviewed = FrameFactory.Latest(j.Stances.Select(s => (DateOnly?)s.AsOf));
        return (profile, label, reviewed);
    }

    /// <summary>Where a jurisdiction has several regulators, the packs addressed to each one (written by RegKnowledge.Packs).</summary>
    private static IEnumerable<Link> RegulatorPacks(Jurisdiction j, PageLinks links) => j.Regulators.Count < 2
        ? []
        : j.Regulators.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => links.Link(SiteUrls.Pack(j.Id, r.Id, "pdf"), $"PDF for {r.Name}"));

    private static InstrumentItem Instrument(SiteContext site, Instrument i) => new()
    {
        Id = i.Id,
        Title = i.Title,
        Kind = Display.Words(i.Kind),
        Status = new Badge(Display.Capitalised(i.Status), "st-" + Display.Kebab(i.Status)),
        Url = SafeUrl.Https(i.Url),
        Regulator = i.Regulator is { } r ? site.RegulatorName(r) : null,
        Proposed = Display.Date(i.Proposed),
        Enacted = Display.Date(i.Enacted),
        InForce = Display.Date(i.InForce),
        Notes = i.Notes,
    };
}
