namespace RegKnowledge.SiteTemplates.ViewModels;

/// <summary>One alignment verdict's share of a standard's mappings in a jurisdiction.</summary>
public sealed record AlignmentShare(string Label, string CssClass, int Count, int Percent);

/// <summary>How well one consortium standard aligns with one jurisdiction's rules.</summary>
public sealed record AlignmentSummary
{
    public required Link Standard { get; init; }
    public required Link Jurisdiction { get; init; }
    /// <summary>Clause-level drill-down page.</summary>
    public required string DetailHref { get; init; }
    public required int Mapped { get; init; }
    public required int Clauses { get; init; }
    /// <summary>Aligned, partial, gap, conflict, not applicable; percentages of <see cref="Mapped"/>.</summary>
    public required IReadOnlyList<AlignmentShare> Shares { get; init; }
}

/// <summary>One clause mapped to one local provision.</summary>
public sealed record MappingRow
{
    public required string Anchor { get; init; }
    public required Link Clause { get; init; }
    public required string ClauseTitle { get; init; }
    public required Link Jurisdiction { get; init; }
    public required string Relationship { get; init; }
    public required Badge Alignment { get; init; }
    public required string Rationale { get; init; }
    public string? DraftRationale { get; init; }
    public Badge? DraftRationaleLabel { get; init; }
    public string? Instrument { get; init; }
    public string? InstrumentUrl { get; init; }
    public string? Provision { get; init; }
    public required string Basis { get; init; }
    public required int Strength { get; init; }
    public required string Confidence { get; init; }
    public required string Reviewer { get; init; }
    public required DateText ReviewedOn { get; init; }
    public required Badge Label { get; init; }
}

/// <summary>A clause of a standard and its mappings across jurisdictions.</summary>
public sealed record ClauseView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public required string Level { get; init; }
    public required string Status { get; init; }
    public string? Since { get; init; }
    public IReadOnlyList<Link> Topics { get; init; } = [];
    public IReadOnlyList<SourceItem> References { get; init; } = [];
    public IReadOnlyList<MappingRow> Mappings { get; init; } = [];
    public IReadOnlyList<Link> Guidance { get; init; } = [];
}
