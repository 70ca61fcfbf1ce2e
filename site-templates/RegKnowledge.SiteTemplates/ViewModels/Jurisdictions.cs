namespace RegKnowledge.SiteTemplates.ViewModels;

/// <summary>One step of the stance scale as shown: label, colour class, meaning.</summary>
public sealed record StanceLevelView(string Id, string Label, string Description, string CssClass, bool Assessed)
{
    /// <summary>The level as a badge.</summary>
    public Badge Badge => new(Label, CssClass, Description);
}

/// <summary>A jurisdiction's stance on one topic (profile sections, topic pages, packs).</summary>
public sealed record StanceRow
{
    public required string Anchor { get; init; }
    public required Link Topic { get; init; }
    public required Link Jurisdiction { get; init; }
    public required StanceLevelView Level { get; init; }
    /// <summary>Null when the jurisdiction has no stance on the topic (shown as not assessed).</summary>
    public string? Summary { get; init; }
    public IReadOnlyList<SourceItem> Sources { get; init; } = [];
    public IReadOnlyList<Link> Instruments { get; init; } = [];
    public DateText? AsOf { get; init; }
    public DateText? NextReview { get; init; }
    public Badge? Label { get; init; }
}

/// <summary>A supervisory authority.</summary>
public sealed record RegulatorItem(string Id, string Name, string Remit, string? Url);

/// <summary>A law, regulation or guidance with its status and dates.</summary>
public sealed record InstrumentItem
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public required Badge Status { get; init; }
    public string? Url { get; init; }
    public string? Regulator { get; init; }
    public DateText? Proposed { get; init; }
    public DateText? Enacted { get; init; }
    public DateText? InForce { get; init; }
    public string? Notes { get; init; }
}

/// <summary>Everything known about one jurisdiction; the profile page and the briefing pack render it.</summary>
public sealed record JurisdictionProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    public Link? Parent { get; init; }
    public IReadOnlyList<Link> Children { get; init; } = [];
    public required string Summary { get; init; }
    public IReadOnlyList<RegulatorItem> Regulators { get; init; } = [];
    public IReadOnlyList<InstrumentItem> Instruments { get; init; } = [];
    public IReadOnlyList<StanceRow> Stances { get; init; } = [];
    public IReadOnlyList<AlignmentSummary> Alignments { get; init; } = [];
    public IReadOnlyList<EngagementRow> Engagements { get; init; } = [];
    public IReadOnlyList<LinkedSummary> Guidance { get; init; } = [];
    public IReadOnlyList<Link> Packs { get; init; } = [];
}
