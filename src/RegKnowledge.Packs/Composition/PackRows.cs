using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Engagements;
using RegKnowledge.SiteTemplates.ViewModels;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Composition;

/// <summary>The site's row view models (mapping, engagement, stance rows) filled for a pack: links point at the public site, sources are
/// cited (numbered on first use) and every row's label raises the document's label. Draft rationales and internal notes are never copied.</summary>
internal sealed class PackRows(PackContext context)
{
    public PackMappingRow Mapping(ResolvedMapping m)
    {
        context.Include(m.Label);
        context.Include(context.Graph.LabelOf(m.Standard));
        var instrumentUrl = PackText.Https(m.Instrument?.Url);
        IReadOnlyList<int> sources = m.Instrument is { } instrument ? [context.Sources.Cite(instrument.Title, instrument.Url)] : [];
        var reviewer = context.Graph.GovernanceById.TryGetValue(m.Mapping.Reviewer, out var body) ? body.Name : m.Mapping.Reviewer;
        var row = new MappingRow
        {
            Anchor = m.Id,
            Clause = context.SiteLink(SiteUrls.Clause(m.Standard.Id, m.Clause.Id), m.Clause.Id),
            ClauseTitle = m.Clause.Title,
            Jurisdiction = context.SiteLink(SiteUrls.Mapping(m.Jurisdiction.Id, m.Standard.Id, m.Id), m.Jurisdiction.Name),
            Relationship = PackText.Words(m.Mapping.Relationship),
            Alignment = Shares.Badge(m.Mapping.Alignment),
            Rationale = m.Mapping.Rationale,
            Instrument = m.Instrument?.Title,
            InstrumentUrl = instrumentUrl,
            Provision = m.Mapping.Provision,
            Basis = PackText.Words(m.Mapping.Basis),
            Strength = m.Mapping.Strength,
            Confidence = PackText.Words(m.Mapping.Confidence),
            Reviewer = reviewer,
            ReviewedOn = PackText.Date(m.Mapping.ReviewedOn),
            Label = PackText.Tlp(m.Label),
        };
        return new PackMappingRow(row, PackText.Words(m.Clause.Level), sources);
    }

    public PackEngagementItem Engagement(Engagement e)
    {
        var label = context.Graph.LabelOf(e);
        context.Include(label);
        var regulator = context.RegulatorName(e.Regulator);
        var sources = new List<int>();
        if (PackText.Https(e.Url) is { } official)
        {
            sources.Add(context.Sources.Cite($"{regulator}: {e.Title}{(e.Reference is null ? "" : " (" + e.Reference + ")")}", official));
        }

        if (PackText.Https(e.ResponseUrl) is { } response)
        {
            sources.Add(context.Sources.Cite($"{context.Graph.Site.ShortName} response: {e.Title}", response));
        }

        var row = new EngagementRow
        {
            Engagement = context.SiteLink(SiteUrls.Engagement(e.Id), e.Title),
            Kind = PackText.Words(e.Kind),
            Jurisdiction = context.SiteLink(SiteUrls.Jurisdiction(e.Jurisdiction), context.Jurisdiction.Name),
            Regulator = regulator,
            Reference = e.Reference,
            OfficialUrl = PackText.Https(e.Url),
            Opened = PackText.Date(e.Opened),
            Closes = PackText.Date(e.Closes),
            DaysLeft = e.Closes is { } closes ? PackText.DaysLeft(closes, context.Today) : null,
            Status = new Badge(PackText.Capitalised(e.ResponseStatus), "rs-" + PackText.Kebab(e.ResponseStatus)),
            Position = e.Position,
            ResponseUrl = PackText.Https(e.ResponseUrl),
            Outcome = e.Outcome,
            OutcomeDate = PackText.Date(e.OutcomeDate),
            Topics = e.Topics.Select(t => context.SiteLink(SiteUrls.Topic(t), context.TopicName(t))).ToList(),
            Label = PackText.Tlp(label),
        };
        return new PackEngagementItem("engagement-" + e.Id, row, SourceRegister.Refs(sources));
    }
}
