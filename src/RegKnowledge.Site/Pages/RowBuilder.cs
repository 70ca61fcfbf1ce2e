using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Text;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Engagements;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Model.Standards;
using RegKnowledge.Site.Text;
using RegKnowledge.SiteTemplates.ViewModels;
using Verdict = RegKnowledge.Model.Mappings.Alignment;

namespace RegKnowledge.Site.Pages;

/// <summary>View models shared by several pages (and the briefing packs): stance rows, engagement rows, alignment and mapping rows.</summary>
internal sealed class RowBuilder(SiteContext site)
{
    private static readonly Verdict[] Verdicts = [Verdict.Aligned, Verdict.Partial, Verdict.Gap, Verdict.Conflict, Verdict.NotApplicable];

    private KnowledgeGraph Graph => site.Graph;

    public StanceRow Stance(Jurisdiction jurisdiction, string topicId, PageLinks links)
    {
        var stance = Graph.StanceOf(jurisdiction, topicId);
        return new StanceRow
        {
            Anchor = $"topic-{topicId}",
            Topic = links.Link(SiteUrls.Topic(topicId), site.TopicName(topicId)),
            Jurisdiction = links.Link(SiteUrls.Jurisdiction(jurisdiction.Id), jurisdiction.Name),
            Level = site.Level(stance?.Level),
            Summary = stance?.Summary,
            Sources = stance?.Sources.Select(s => new SourceItem(s.Title, SafeUrl.Https(s.Url), s.Quote)).ToList() ?? [],
            Instruments = stance?.Instruments
                .Where(Graph.InstrumentById.ContainsKey)
                .Select(i => links.Link(SiteUrls.Jurisdiction(jurisdiction.Id) + "#instrument-" + i, Graph.InstrumentById[i].Instrument.Title))
                .ToList() ?? [],
            AsOf = DateText.Of(stance?.AsOf),
            NextReview = DateText.Of(stance?.NextReview),
            Label = stance is null ? null : SiteContext.TlpBadge(Graph.LabelOf(jurisdiction, stance)),
        };
    }

    public EngagementRow Engagement(Engagement e, PageLinks links)
    {
        var label = Graph.LabelOf(e);
        return new EngagementRow
        {
            Engagement = links.Link(SiteUrls.Engagement(e.Id), e.Title),
            Kind = DisplayText.Words(e.Kind),
            Jurisdiction = links.Link(SiteUrls.Jurisdiction(e.Jurisdiction), site.JurisdictionName(e.Jurisdiction)),
            Regulator = site.RegulatorName(e.Regulator),
            Reference = e.Reference,
            OfficialUrl = SafeUrl.Https(e.Url),
            Opened = DateText.Of(e.Opened),
            Closes = DateText.Of(e.Closes),
            DaysLeft = e.Closes is { } closes ? DisplayText.DaysLeft(closes, site.Today) : null,
            Status = new Badge(DisplayText.Capitalised(e.ResponseStatus), "rs-" + DisplayText.Kebab(e.ResponseStatus)),
            Position = e.Position,
            ResponseUrl = SafeUrl.Https(e.ResponseUrl),
            Outcome = e.Outcome,
            OutcomeDate = DateText.Of(e.OutcomeDate),
            Topics = e.Topics.Select(t => links.Link(SiteUrls.Topic(t), site.TopicName(t))).ToList(),
            Lead = Graph.GovernanceById.ContainsKey(e.Lead) ? links.Link(SiteUrls.GoverningBody(e.Lead), site.BodyName(e.Lead)) : null,
            InternalNotes = e.InternalNotes,
            Label = SiteContext.TlpBadge(label),
        };
    }

    public AlignmentSummary AlignmentOf(Standard standard, Jurisdiction jurisdiction, PageLinks links)
    {
        var mappings = MappingsOf(standard, jurisdiction);
        var counts = Verdicts.Select(v => mappings.Count(m => m.Mapping.Alignment == v)).ToArray();
        var percents = Percentages(counts);
        return new AlignmentSummary
        {
            Standard = links.Link(SiteUrls.Standard(standard.Id), standard.Title),
            Jurisdiction = links.Link(SiteUrls.Jurisdiction(jurisdiction.Id), jurisdiction.Name),
            DetailHref = links.To(SiteUrls.Alignment(jurisdiction.Id, standard.Id)),
            Mapped = mappings.Select(m => m.Clause.Id).Distinct(StringComparer.Ordinal).Count(),
            Clauses = standard.Clauses.Count(c => c.Status == ClauseStatus.Active),
            Shares = Verdicts.Select((v, i) => new AlignmentShare(VerdictText(v), VerdictClass(v), counts[i], percents[i])).ToList(),
        };
    }

    public MappingRow Mapping(ResolvedMapping m, PageLinks links)
    {
        var draftLabel = m.Mapping.DraftRationaleTlp ?? Max(Graph.Defaults.MappingDraftRationale, m.Label);
        return new MappingRow
        {
            Anchor = m.Id,
            Clause = links.Link(SiteUrls.Clause(m.Standard.Id, m.Clause.Id), m.Clause.Id),
            ClauseTitle = m.Clause.Title,
            Jurisdiction = links.Link(SiteUrls.Mapping(m.Jurisdiction.Id, m.Standard.Id, m.Id), m.Jurisdiction.Name),
            Relationship = DisplayText.Words(m.Mapping.Relationship),
            Alignment = VerdictBadge(m.Mapping.Alignment),
            Rationale = m.Mapping.Rationale,
            DraftRationale = m.Mapping.DraftRationale,
            DraftRationaleLabel = m.Mapping.DraftRationale is null ? null : SiteContext.TlpBadge(draftLabel),
            Instrument = m.Instrument?.Title,
            InstrumentUrl = SafeUrl.Https(m.Instrument?.Url),
            Provision = m.Mapping.Provision,
            Basis = DisplayText.Words(m.Mapping.Basis),
            Strength = m.Mapping.Strength,
            Confidence = DisplayText.Words(m.Mapping.Confidence),
            Reviewer = Graph.GovernanceById.TryGetValue(m.Mapping.Reviewer, out var body) ? body.Name : m.Mapping.Reviewer,
            ReviewedOn = DateText.Of(m.Mapping.ReviewedOn),
            Label = SiteContext.TlpBadge(m.Label),
        };
    }

    /// <summary>Mappings of one standard in one jurisdiction, in clause order of the standard.</summary>
    public IReadOnlyList<ResolvedMapping> MappingsOf(Standard standard, Jurisdiction jurisdiction)
    {
        var order = standard.Clauses.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return Graph.MappingsByJurisdiction[jurisdiction.Id]
            .Where(m => m.Standard.Id == standard.Id)
            .OrderBy(m => order.GetValueOrDefault(m.Clause.Id))
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static Badge VerdictBadge(Verdict verdict) => new(VerdictText(verdict), VerdictClass(verdict), VerdictMeaning(verdict));

    public static string VerdictText(Verdict verdict) => verdict == Verdict.NotApplicable ? "Not applicable" : DisplayText.Capitalised(verdict);

    public static string VerdictClass(Verdict verdict) => "al-" + DisplayText.Kebab(verdict);

    public static IReadOnlyList<Verdict> AllVerdicts => Verdicts;

    /// <summary>Whole percentages that add up to 100 (largest remainder), so a bar never over- or under-fills.</summary>
    public static int[] Percentages(IReadOnlyList<int> counts)
    {
        var total = counts.Sum();
        var result = new int[counts.Count];
        if (total == 0)
        {
            return result;
        }

        var remainders = new (double Remainder, int Index)[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            var exact = counts[i] * 100.0 / total;
            result[i] = (int)Math.Floor(exact);
            remainders[i] = (exact - result[i], i);
        }

        var missing = 100 - result.Sum();
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take(missing))
        {
            result[index]++;
        }

        return result;
    }

    private static string VerdictMeaning(Verdict verdict) => verdict switch
    {
        Verdict.Aligned => "Following the clause satisfies the local rule and vice versa.",
        Verdict.Partial => "Overlap with differences that need attention.",
        Verdict.Gap => "No corresponding requirement on one side.",
        Verdict.Conflict => "Following one breaks the other.",
        _ => "The clause does not apply there.",
    };

    private static Tlp Max(Tlp a, Tlp b) => a > b ? a : b;
}
