using System.Globalization;

namespace RegKnowledge.Testing.Synthetic;

/// <summary>How much synthetic content to generate. The named scales are measured in indexable documents
/// (jurisdictions, stances, clauses, mappings, guidance articles and their sections, engagements, standards, governance bodies).</summary>
/// <remarks>
/// <c>1</c> mirrors the starter content (23 jurisdictions, 230 stances, 84 clauses, 672 mappings, 32 guidance articles with ~190
/// sections, 47 engagements: ~1,300 documents). <c>10</c> is ten times that (~13,000). <c>10k</c> is tuned to ~10,000 documents.
/// <c>100</c> is capped near 50,000 documents, the issue's upper design point, rather than a literal 100× (~130,000): it keeps
/// 10 topics and 8 mapped jurisdictions per standard, so stances and mappings grow with jurisdictions and standards only.
/// </remarks>
public sealed record SyntheticScale(
    string Name,
    int Jurisdictions,
    int Standards,
    int ClausesPerStandard,
    int MappedJurisdictionsPerStandard,
    int Guidance,
    int SectionsPerGuidance,
    int Engagements,
    int WorkingGroups)
{
    /// <summary>Topics every jurisdiction has a stance on; fixed by the taxonomy (the starter's ten).</summary>
    public const int Topics = 10;

    /// <summary>The starter content's size (~1,300 documents).</summary>
    public static SyntheticScale One { get; } = new("1", 23, 7, 12, 8, 32, 6, 47, 10);

    /// <summary>Ten times the starter (~13,000 documents).</summary>
    public static SyntheticScale Ten { get; } = new("10", 230, 70, 12, 8, 320, 6, 470, 100);

    /// <summary>About 10,000 documents.</summary>
    public static SyntheticScale TenThousand { get; } = new("10k", 180, 55, 12, 8, 250, 6, 370, 80);

    /// <summary>About 50,000 documents (see remarks).</summary>
    public static SyntheticScale Hundred { get; } = new("100", 1000, 250, 12, 8, 1000, 6, 2000, 200);

    /// <summary>Every named scale, smallest first.</summary>
    public static IReadOnlyList<SyntheticScale> Named { get; } = [One, TenThousand, Ten, Hundred];

    /// <summary>Governance bodies besides the working groups: council, secretariat and two technical committees.</summary>
    public int GovernanceBodies => WorkingGroups + 4;

    /// <summary>Mapping files: one per standard and mapped jurisdiction.</summary>
    public int MappingFiles => Standards * Math.Min(MappedJurisdictionsPerStandard, Jurisdictions);

    /// <summary>Indexable documents this scale produces (sections are the average; the generator varies them by ±2).</summary>
    public int EstimatedDocuments =>
        Jurisdictions * (1 + Topics)
        + Standards * (1 + ClausesPerStandard)
        + MappingFiles * ClausesPerStandard
        + Guidance * (1 + SectionsPerGuidance)
        + Engagements
        + GovernanceBodies;

    /// <summary>A named scale by name ("1", "10", "10k", "100"); also accepts "1x", "10x", "100x".</summary>
    public static SyntheticScale Parse(string name)
    {
        var key = name.Trim().ToLowerInvariant().TrimEnd('x');
        return Named.FirstOrDefault(s => s.Name == key)
            ?? throw new ArgumentException($"unknown scale '{name}'; use one of: {string.Join(", ", Named.Select(s => s.Name))}", nameof(name));
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} (~{EstimatedDocuments:N0} documents)");
}
