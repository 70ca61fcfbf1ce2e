using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.SiteTemplates.ViewModels;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Composition;

/// <summary>Section 2: regulators (home pages cited), one stance per topic in scope with its sources and as-of date, instruments with
/// status and dates (official texts cited).</summary>
internal static class RegimeComposer
{
    public static PackRegime Compose(PackContext context)
    {
        var j = context.Jurisdiction;
        var regulators = j.Regulators
            .Select(r => new PackRegulator(new RegulatorItem(r.Id, r.Name, r.Remit, PackText.Https(r.Url)), [context.Sources.Cite(r.Name, r.Url)],
                context.Recipient.Addresses(r.Id)))
            .ToList();
        var stances = context.TopicsInScope.Select(t => Stance(context, j, t.Id)).ToList();
        var instruments = j.Instruments.Select(i => new PackInstrument(Instrument(context, i), [context.Sources.Cite(i.Title, i.Url)])).ToList();
        return new PackRegime { Jurisdiction = j.Name, Summary = j.Summary, Regulators = regulators, Stances = stances, Instruments = instruments };
    }

    private static PackStance Stance(PackContext context, Jurisdiction j, string topicId)
    {
        var graph = context.Graph;
        var stance = graph.StanceOf(j, topicId);
        if (stance is not null)
        {
            context.Include(graph.LabelOf(j, stance));
        }

        var sources = stance?.Sources.Select(s => context.Sources.Cite(s.Title, s.Url, s.Quote)).ToList() ?? [];
        var row = new StanceRow
        {
            Anchor = "topic-" + topicId,
            Topic = context.SiteLink(SiteUrls.Topic(topicId), context.TopicName(topicId)),
            Jurisdiction = context.SiteLink(SiteUrls.Jurisdiction(j.Id), j.Name),
            Level = context.Level(stance?.Level),
            Summary = stance?.Summary,
            Sources = stance?.Sources.Select(s => new SourceItem(s.Title, PackText.Https(s.Url), s.Quote)).ToList() ?? [],
            Instruments = stance?.Instruments
                .Where(graph.InstrumentById.ContainsKey)
                .Select(i => context.SiteLink(SiteUrls.Jurisdiction(j.Id) + "#instrument-" + i, graph.InstrumentById[i].Instrument.Title))
                .ToList() ?? [],
            AsOf = PackText.Date(stance?.AsOf),
            NextReview = PackText.Date(stance?.NextReview),
            Label = stance is null ? null : PackText.Tlp(graph.LabelOf(j, stance)),
        };
        return new PackStance(row, SourceRegister.Refs(sources));
    }

    private static InstrumentItem Instrument(PackContext context, Instrument i) => new()
    {
        Id = i.Id,
        Title = i.Title,
        Kind = PackText.Words(i.Kind),
        Status = new Badge(PackText.Capitalised(i.Status), "st-" + PackText.Kebab(i.Status)),
        Url = PackText.Https(i.Url),
        Regulator = i.Regulator is { } r ? context.RegulatorName(r) : null,
        Proposed = PackText.Date(i.Proposed),
        Enacted = PackText.Date(i.Enacted),
        InForce = PackText.Date(i.InForce),
        Notes = i.Notes,
    };
}
