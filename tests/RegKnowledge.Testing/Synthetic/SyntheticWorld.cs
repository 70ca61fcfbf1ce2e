namespace RegKnowledge.Testing.Synthetic;

/// <summary>A regulator planned before any file is written, so every reference in the corpus resolves.</summary>
internal sealed record RegulatorPlan(string Id, string Name, string Url);

/// <summary>A legal instrument of a jurisdiction.</summary>
internal sealed record InstrumentPlan(string Id, string Title, int Year, string Url, string Regulator);

/// <summary>A jurisdiction with its regulators and instruments.</summary>
internal sealed record JurisdictionPlan(int Index, string Id, string Name, string Region, string? Parent,
    IReadOnlyList<RegulatorPlan> Regulators, IReadOnlyList<InstrumentPlan> Instruments);

/// <summary>A standard with its clause ids; only approved standards' active clauses must be mapped.</summary>
internal sealed record StandardPlan(int Index, string Id, string Version, string Owner, IReadOnlyList<string> Clauses);

/// <summary>The ids of everything a corpus will hold, decided up front from the seed.</summary>
internal sealed class SyntheticWorld
{
    /// <summary>The starter taxonomy's topics.</summary>
    public static readonly string[] Topics =
        ["licensing", "aml-cft", "stablecoins", "custody", "market-integrity", "consumer-protection", "tax-reporting", "defi", "staking", "prudential"];

    public static readonly string[] Regions = ["europe", "north-america", "latin-america-caribbean", "asia-pacific", "middle-east", "africa"];

    public static readonly string[] Levels = ["prohibited", "restrictive", "none", "developing", "partial", "regulated", "unknown", "not-assessed"];

    private static readonly (string Abbreviation, string Title)[] InstrumentKinds =
    [
        ("vaa", "Virtual Assets Act"), ("psa", "Payment Services Act"), ("amlr", "Anti-Money Laundering Regulations"),
        ("sir", "Stablecoin Issuance Rules"), ("cg", "Custody Guidance"), ("mar", "Market Abuse Rules"),
        ("cpn", "Consumer Protection Notice"), ("tra", "Tax Reporting Regulations"), ("pr", "Prudential Rules"),
    ];

    private SyntheticWorld(SyntheticScale scale, int seed)
    {
        Scale = scale;
        Seed = seed;
        WorkingGroups = Enumerable.Range(1, scale.WorkingGroups)
            .Select(i => $"wg-{Topics[(i - 1) % Topics.Length]}-{i:D3}").ToList();
        Jurisdictions = Enumerable.Range(0, scale.Jurisdictions).Select(PlanJurisdiction).ToList();
        Standards = Enumerable.Range(0, scale.Standards).Select(PlanStandard).ToList();
    }

    public SyntheticScale Scale { get; }
    public int Seed { get; }
    public IReadOnlyList<string> WorkingGroups { get; }
    public IReadOnlyList<JurisdictionPlan> Jurisdictions { get; }
    public IReadOnlyList<StandardPlan> Standards { get; }

    /// <summary>Plans a corpus.</summary>
    public static SyntheticWorld Plan(SyntheticScale scale, int seed) => new(scale, seed);

    /// <summary>The independent random stream of one item.</summary>
    public SyntheticRandom Random(string purpose, int index) => SyntheticRandom.For(Seed, purpose, index);

    /// <summary>The jurisdictions <paramref name="standard"/> is mapped in: a rotating window, so every jurisdiction gets some.</summary>
    public IEnumerable<JurisdictionPlan> MappedJurisdictions(StandardPlan standard)
    {
        var count = Math.Min(Scale.MappedJurisdictionsPerStandard, Jurisdictions.Count);
        var start = standard.Index * count % Jurisdictions.Count;
        return Enumerable.Range(0, count).Select(k => Jurisdictions[(start + k) % Jurisdictions.Count]);
    }

    /// <summary>Every clause id of every standard.</summary>
    public IReadOnlyList<string> AllClauses() => Standards.SelectMany(s => s.Clauses).ToList();

    private JurisdictionPlan PlanJurisdiction(int index)
    {
        var random = Random("jurisdiction-plan", index);
        var name = ProseWriter.PlaceName(index);
        var id = name.ToLowerInvariant();
        // Every eighth is a sub-national regime of the one before, like us-ny of us: it may cite its parent's instruments.
        var parent = index % 8 == 7 ? ProseWriter.PlaceName(index - 1).ToLowerInvariant() : null;
        var regulators = new List<RegulatorPlan>
        {
            new($"{id}-fsa", $"{name} Financial Services Authority", $"https://www.fsa.{id}.example"),
        };
        if (random.Chance(0.6))
        {
            regulators.Add(new($"{id}-cb", $"Central Bank of {name}", $"https://www.centralbank.{id}.example"));
        }

        var instruments = random.PickDistinct(InstrumentKinds, random.Between(3, 6))
            .Select(kind =>
            {
                var year = random.Between(2015, 2026);
                return new InstrumentPlan($"{id}-{kind.Abbreviation}-{year}", $"{kind.Title} {year}", year,
                    $"https://laws.{id}.example/{kind.Abbreviation}/{year}", random.Pick(regulators).Id);
            })
            .ToList();
        return new JurisdictionPlan(index, id, name, Regions[index % Regions.Length], parent, regulators, instruments);
    }

    private StandardPlan PlanStandard(int index)
    {
        // Three letters, distinct per index below 26³ (7 is coprime with 26³), like the starter's cks, trx.
        var code = (index * 7 + 3) % (26 * 26 * 26);
        var id = new string([(char)('a' + code / 676), (char)('a' + code / 26 % 26), (char)('a' + code % 26)]);
        var major = Random("standard-plan", index).Between(1, 3);
        var clauses = Enumerable.Range(1, Scale.ClausesPerStandard).Select(c => $"{id}-{c:D2}").ToList();
        return new StandardPlan(index, id, $"{major}.0.0", WorkingGroups[index % WorkingGroups.Count], clauses);
    }
}
