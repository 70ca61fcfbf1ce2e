namespace RegKnowledge.SiteTemplates.ViewModels;

/// <summary>Something that changed on a date given in the content.</summary>
public sealed record ChangeItem(DateText Date, Link Link, string What);

/// <summary>How much of a region has been assessed.</summary>
public sealed record RegionCoverage(string Region, int Jurisdictions, int AssessedStances, int PossibleStances);

/// <summary>A topic column of the stance matrix.</summary>
public sealed record TopicColumn(string Id, string Name, string Href);

/// <summary>A cell of the stance matrix: the level is always written out beside its colour.</summary>
public sealed record StanceCell(string TopicId, StanceLevelView Level, string Href);

/// <summary>A jurisdiction row of the stance matrix.</summary>
public sealed record StanceMatrixRow(string JurisdictionId, Link Jurisdiction, string RegionId, IReadOnlyList<StanceCell> Cells);

/// <summary>Rows of one region.</summary>
public sealed record RegionRows(string Id, string Name, IReadOnlyList<StanceMatrixRow> Rows);

/// <summary>A country outline on the map; <see cref="Levels"/> holds "topic=css-class" pairs the map script switches between.</summary>
public sealed record MapShape(string Path, string Name, string? JurisdictionId, string? Href, string CssClass, string Title, string Levels);

/// <summary>A regime too small for the map (a city, a free zone) or without an outline, listed beside it.</summary>
public sealed record MapSideEntry(Link Jurisdiction, string Parent, Badge Level, string Levels);

/// <summary>A jurisdiction column of the compare table.</summary>
public sealed record CompareColumn(string Id, Link Jurisdiction);

/// <summary>A row of the compare table: one aspect across every jurisdiction.</summary>
public sealed record CompareRow(string Heading, string? Detail, IReadOnlyList<CompareCell> Cells);

/// <summary>A cell of the compare table; <see cref="JurisdictionId"/> lets the script show or hide the column.
/// With <see cref="LinkText"/> the text stays plain and a separate link follows it; otherwise the text itself links.</summary>
public sealed record CompareCell(string JurisdictionId, Badge? Badge, string Text, string? Href, string? LinkText = null);

/// <summary>A section (group of rows) of the compare table.</summary>
public sealed record CompareSection(string Heading, IReadOnlyList<CompareRow> Rows);

/// <summary>A heat-map cell of the compliance matrix.</summary>
public sealed record HeatCell(string Text, string CssClass, string? Href, string Description);

/// <summary>A clause row (or a standard's total row) of the compliance matrix.</summary>
public sealed record HeatRow(Link Subject, string Title, IReadOnlyList<HeatCell> Cells, bool IsTotal);

/// <summary>One standard's block of the compliance matrix.</summary>
public sealed record HeatBlock(Link Standard, IReadOnlyList<HeatRow> Rows);

/// <summary>A heading of a guidance article, for its table of contents.</summary>
public sealed record TocEntry(string Anchor, string Text, int Level);

/// <summary>A council, committee or working group with what it owns.</summary>
public sealed record BodyCard
{
    public required Link Body { get; init; }
    public required string Kind { get; init; }
    public required string Remit { get; init; }
    public Link? Parent { get; init; }
    public string? Chair { get; init; }
    public string? Contact { get; init; }
    public IReadOnlyList<Link> Topics { get; init; } = [];
    public IReadOnlyList<Link> Standards { get; init; } = [];
    public IReadOnlyList<Link> Guidance { get; init; } = [];
    public IReadOnlyList<Link> Engagements { get; init; } = [];
    public IReadOnlyList<Link> Members { get; init; } = [];
}

/// <summary>Past engagements with one regulator.</summary>
public sealed record RegulatorHistory(string Regulator, Link Jurisdiction, IReadOnlyList<EngagementRow> Rows);

/// <summary>A version of a standard.</summary>
public sealed record VersionItem(string Version, string Status, DateText Date, string? Changes);

/// <summary>A jurisdiction in the index.</summary>
public sealed record JurisdictionCard(Link Jurisdiction, string Summary, Link? Parent, IReadOnlyList<Badge> Levels);

/// <summary>Jurisdictions of one region in the index.</summary>
public sealed record RegionCards(string Region, IReadOnlyList<JurisdictionCard> Cards);

/// <summary>A topic in the index with the spread of stance levels.</summary>
public sealed record TopicCard(Link Topic, string Description, IReadOnlyList<LevelCount> Spread);

/// <summary>How many jurisdictions sit at one level.</summary>
public sealed record LevelCount(StanceLevelView Level, int Count);

/// <summary>A standard in the index.</summary>
public sealed record StandardCard(Link Standard, string Version, Badge Status, Link? Owner, string Summary, int Clauses);
