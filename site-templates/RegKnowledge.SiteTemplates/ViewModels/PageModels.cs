namespace RegKnowledge.SiteTemplates.ViewModels;

/// <summary>Base of every page model: the shell around the page.</summary>
public abstract record PageModel(PageFrame Frame);

public sealed record HomePageModel(PageFrame Frame, IReadOnlyList<ChangeItem> Changes, IReadOnlyList<EngagementRow> Closing,
    IReadOnlyList<Figure> Coverage, IReadOnlyList<RegionCoverage> Regions, string Today) : PageModel(Frame);

public sealed record MatrixPageModel(PageFrame Frame, IReadOnlyList<TopicColumn> Topics, IReadOnlyList<RegionRows> Regions,
    IReadOnlyList<StanceLevelView> Legend) : PageModel(Frame);

public sealed record MapPageModel(PageFrame Frame, IReadOnlyList<TopicColumn> Topics, string SelectedTopic, string ViewBox,
    IReadOnlyList<MapShape> Shapes, IReadOnlyList<MapSideEntry> SideEntries, IReadOnlyList<StanceLevelView> Legend, string MatrixHref) : PageModel(Frame);

public sealed record JurisdictionIndexModel(PageFrame Frame, IReadOnlyList<TopicColumn> Topics,
    IReadOnlyList<RegionCards> Regions) : PageModel(Frame);

public sealed record JurisdictionPageModel(PageFrame Frame, JurisdictionProfile Profile) : PageModel(Frame);

public sealed record AlignmentPageModel(PageFrame Frame, AlignmentSummary Summary, IReadOnlyList<MappingRow> Rows,
    IReadOnlyList<Link> UnmappedClauses) : PageModel(Frame);

public sealed record TopicIndexModel(PageFrame Frame, IReadOnlyList<TopicCard> Topics) : PageModel(Frame);

public sealed record TopicPageModel(PageFrame Frame, string Description, IReadOnlyList<LevelCount> Spread, IReadOnlyList<StanceRow> Stances,
    IReadOnlyList<Link> Clauses, IReadOnlyList<LinkedSummary> Guidance, IReadOnlyList<EngagementRow> Engagements) : PageModel(Frame);

public sealed record ComparePageModel(PageFrame Frame, IReadOnlyList<CompareColumn> Jurisdictions, IReadOnlyList<string> DefaultSelection,
    IReadOnlyList<CompareSection> Sections) : PageModel(Frame);

public sealed record StandardIndexModel(PageFrame Frame, IReadOnlyList<StandardCard> Standards) : PageModel(Frame);

public sealed record StandardPageModel(PageFrame Frame, StandardCard Card, DateText Published, IReadOnlyList<VersionItem> Versions,
    IReadOnlyList<ClauseView> Clauses, IReadOnlyList<AlignmentSummary> Alignments) : PageModel(Frame);

public sealed record CompliancePageModel(PageFrame Frame, string Intro, IReadOnlyList<Link> Jurisdictions, IReadOnlyList<HeatBlock> Blocks,
    IReadOnlyList<Badge> Legend) : PageModel(Frame);

public sealed record GuidanceIndexModel(PageFrame Frame, IReadOnlyList<LinkedSummary> Articles, IReadOnlyList<LinkGroup> ByTopic,
    IReadOnlyList<LinkGroup> ByJurisdiction) : PageModel(Frame);

public sealed record GuidancePageModel(PageFrame Frame, string Summary, Link? Owner, DateText Published, DateText? Updated,
    Badge Status, IReadOnlyList<Link> Topics, IReadOnlyList<Link> Jurisdictions, IReadOnlyList<LinkedSummary> RelatedClauses,
    IReadOnlyList<TocEntry> Toc, string BodyHtml) : PageModel(Frame);

public sealed record EngagementIndexModel(PageFrame Frame, IReadOnlyList<EngagementRow> Open, IReadOnlyList<RegulatorHistory> History,
    string CalendarHref) : PageModel(Frame);

public sealed record EngagementPageModel(PageFrame Frame, EngagementRow Engagement) : PageModel(Frame);

public sealed record GovernanceIndexModel(PageFrame Frame, IReadOnlyList<BodyCard> Bodies) : PageModel(Frame);

public sealed record GoverningBodyPageModel(PageFrame Frame, BodyCard Body) : PageModel(Frame);

public sealed record SearchPageModel(PageFrame Frame) : PageModel(Frame);

public sealed record NotFoundPageModel(PageFrame Frame, IReadOnlyList<Link> Suggestions) : PageModel(Frame);
