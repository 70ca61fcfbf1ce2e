using RegKnowledge.Model;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Configuration;
using RegKnowledge.Model.Engagements;
using RegKnowledge.Model.Governance;
using RegKnowledge.Model.Guidance;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Model.Mappings;
using RegKnowledge.Model.Standards;
using RegKnowledge.Model.Taxonomy;

namespace RegKnowledge.Content.Graph;

/// <summary>A mapping with its references resolved.</summary>
public sealed record ResolvedMapping(
    string Id,
    Mapping Mapping,
    MappingSet Set,
    Standard Standard,
    Clause Clause,
    Jurisdiction Jurisdiction,
    Instrument? Instrument,
    Tlp Label);

/// <summary>Validated content for one audience, with every reference resolved and the lookups pages, search and packs need.
/// Everything is ordered by id (ordinal), so whatever is built from it is deterministic.</summary>
public sealed class KnowledgeGraph
{
    private KnowledgeGraph(ContentSet content, Audience audience, IClock clock)
    {
        Content = content;
        Audience = audience;
        Clock = clock;
        Site = content.Site ?? throw new InvalidOperationException("The site configuration did not load.");
        Taxonomy = content.Taxonomy ?? throw new InvalidOperationException("The taxonomy did not load.");
        Defaults = Taxonomy.TlpDefaults;

        Jurisdictions = content.Jurisdictions.OrderBy(j => j.Id, StringComparer.Ordinal).ToList();
        Standards = content.Standards.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        Guidance = content.Guidance.OrderBy(g => g.Id, StringComparer.Ordinal).ToList();
        Engagements = content.Engagements.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Governance = content.Governance.OrderBy(b => b.Id, StringComparer.Ordinal).ToList();

        JurisdictionById = Jurisdictions.ToDictionary(j => j.Id, StringComparer.Ordinal);
        StandardById = Standards.ToDictionary(s => s.Id, StringComparer.Ordinal);
        GovernanceById = Governance.ToDictionary(b => b.Id, StringComparer.Ordinal);
        TopicById = Taxonomy.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        RegionById = Taxonomy.Regions.ToDictionary(r => r.Id, StringComparer.Ordinal);
        LevelById = Taxonomy.StanceScale.ToDictionary(l => l.Id, StringComparer.Ordinal);
        ClauseById = Standards.SelectMany(s => s.Clauses.Select(c => (s, c))).ToDictionary(x => x.c.Id, x => (x.s, x.c), StringComparer.Ordinal);
        RegulatorById = Jurisdictions.SelectMany(j => j.Regulators.Select(r => (j, r))).ToDictionary(x => x.r.Id, x => (x.j, x.r), StringComparer.Ordinal);
        InstrumentById = Jurisdictions.SelectMany(j => j.Instruments.Select(i => (j, i))).ToDictionary(x => x.i.Id, x => (x.j, x.i), StringComparer.Ordinal);

        Mappings = content.MappingSets
            .SelectMany(set => set.Mappings.Select(m => (set, m)))
            .Where(x => StandardById.ContainsKey(x.set.Standard) && ClauseById.ContainsKey(x.m.Clause) && JurisdictionById.ContainsKey(x.set.Jurisdiction))
            .Select(x => new ResolvedMapping(
                x.m.Id ?? $"{x.m.Clause}--{x.set.Jurisdiction}",
                x.m,
                x.set,
                StandardById[x.set.Standard],
                ClauseById[x.m.Clause].Clause,
                JurisdictionById[x.set.Jurisdiction],
                x.m.Instrument is { } i && InstrumentById.TryGetValue(i, out var found) ? found.Instrument : null,
                x.m.Tlp ?? x.set.Tlp ?? Defaults.Mapping))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        MappingsByJurisdiction = Mappings.ToLookup(m => m.Jurisdiction.Id, StringComparer.Ordinal);
        MappingsByClause = Mappings.ToLookup(m => m.Clause.Id, StringComparer.Ordinal);
        EngagementsByJurisdiction = Engagements.ToLookup(e => e.Jurisdiction, StringComparer.Ordinal);
    }

    public ContentSet Content { get; }
    public Audience Audience { get; }
    public IClock Clock { get; }
    public SiteConfig Site { get; }
    public TaxonomyFile Taxonomy { get; }
    public TlpDefaults Defaults { get; }

    public IReadOnlyList<Jurisdiction> Jurisdictions { get; }
    public IReadOnlyList<Standard> Standards { get; }
    public IReadOnlyList<GuidanceArticle> Guidance { get; }
    public IReadOnlyList<Engagement> Engagements { get; }
    public IReadOnlyList<GoverningBody> Governance { get; }
    public IReadOnlyList<ResolvedMapping> Mappings { get; }

    public IReadOnlyDictionary<string, Jurisdiction> JurisdictionById { get; }
    public IReadOnlyDictionary<string, Standard> StandardById { get; }
    public IReadOnlyDictionary<string, GoverningBody> GovernanceById { get; }
    public IReadOnlyDictionary<string, Topic> TopicById { get; }
    public IReadOnlyDictionary<string, Region> RegionById { get; }
    public IReadOnlyDictionary<string, StanceLevel> LevelById { get; }
    public IReadOnlyDictionary<string, (Standard Standard, Clause Clause)> ClauseById { get; }
    public IReadOnlyDictionary<string, (Jurisdiction Jurisdiction, Regulator Regulator)> RegulatorById { get; }
    public IReadOnlyDictionary<string, (Jurisdiction Jurisdiction, Instrument Instrument)> InstrumentById { get; }
    public ILookup<string, ResolvedMapping> MappingsByJurisdiction { get; }
    public ILookup<string, ResolvedMapping> MappingsByClause { get; }
    public ILookup<string, Engagement> EngagementsByJurisdiction { get; }

    /// <summary>Effective label of a jurisdiction, stance, standard, guidance article or engagement.</summary>
    public Tlp LabelOf(Jurisdiction j) => j.Tlp ?? Defaults.Jurisdiction;
    public Tlp LabelOf(Jurisdiction j, Stance s) => s.Tlp ?? LabelOf(j);
    public Tlp LabelOf(Standard s) => s.Tlp ?? Defaults.Standard;
    public Tlp LabelOf(GuidanceArticle g) => g.Tlp ?? Defaults.Guidance;
    public Tlp LabelOf(Engagement e) => e.Tlp ?? Defaults.Engagement;

    /// <summary>The stance of <paramref name="jurisdiction"/> on <paramref name="topicId"/>, or null (shown as not assessed).</summary>
    public Stance? StanceOf(Jurisdiction jurisdiction, string topicId) =>
        jurisdiction.Stances.FirstOrDefault(s => string.Equals(s.Topic, topicId, StringComparison.Ordinal));

    /// <summary>Builds the graph for <paramref name="audience"/> from content that validated without errors.</summary>
    public static KnowledgeGraph Build(ContentSet content, Audience audience, IClock clock) =>
        new(AudienceFilter.Apply(content, audience.Ceiling), audience, clock);

    /// <summary>The audience named <paramref name="id"/>, or the configured default when null.</summary>
    public static Audience ResolveAudience(ContentSet content, string? id)
    {
        var site = content.Site ?? throw new InvalidOperationException("The site configuration did not load.");
        var wanted = id ?? site.DefaultAudience;
        return site.Audiences.FirstOrDefault(a => a.Id == wanted)
            ?? throw new ArgumentException($"unknown audience '{wanted}'; configured: {string.Join(", ", site.Audiences.Select(a => a.Id))}");
    }
}
