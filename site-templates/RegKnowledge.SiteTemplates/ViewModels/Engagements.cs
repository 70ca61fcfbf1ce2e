namespace RegKnowledge.SiteTemplates.ViewModels;

/// <summary>A consultation, letter or meeting as listed in trackers, profiles and packs.</summary>
public sealed record EngagementRow
{
    public required Link Engagement { get; init; }
    public required string Kind { get; init; }
    public required Link Jurisdiction { get; init; }
    public required string Regulator { get; init; }
    public string? Reference { get; init; }
    public string? OfficialUrl { get; init; }
    public required DateText Opened { get; init; }
    public DateText? Closes { get; init; }
    /// <summary>"12 days left", "closes today", "closed"; null without a deadline.</summary>
    public string? DaysLeft { get; init; }
    public required Badge Status { get; init; }
    public string? Position { get; init; }
    public string? ResponseUrl { get; init; }
    public string? Outcome { get; init; }
    public DateText? OutcomeDate { get; init; }
    public IReadOnlyList<Link> Topics { get; init; } = [];
    public Link? Lead { get; init; }
    public string? InternalNotes { get; init; }
    public required Badge Label { get; init; }
}
