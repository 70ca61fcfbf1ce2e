namespace RegKnowledge.Search.Documents;

/// <summary>One searchable item built from the knowledge graph, before it becomes a Lucene document.</summary>
/// <remarks>Plain data on purpose: the Lucene index and a later browser index export are both built from these.</remarks>
public sealed record SearchDocument
{
    /// <summary>Stable id, <c>kind:...</c> (<see cref="DocumentKinds"/>).</summary>
    public required string Id { get; init; }
    /// <summary>One of <see cref="DocumentKinds"/>.</summary>
    public required string Kind { get; init; }
    /// <summary>What a result list shows as the link text.</summary>
    public required string Title { get; init; }
    /// <summary>Names that place the item: its jurisdiction, standard, article or regulator.</summary>
    public string Context { get; init; } = "";
    /// <summary>Plain text searched and used for snippets.</summary>
    public required string Body { get; init; }
    /// <summary>Site-relative URL from <c>SiteUrls</c>.</summary>
    public required string Url { get; init; }
    /// <summary>Jurisdiction ids the item is about.</summary>
    public IReadOnlyList<string> Jurisdictions { get; init; } = [];
    /// <summary><see cref="Jurisdictions"/> plus their parents, for filtering.</summary>
    public IReadOnlyList<string> JurisdictionScope { get; init; } = [];
    /// <summary>Region ids of those jurisdictions.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];
    /// <summary>Topic ids.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Stance level id (stances).</summary>
    public string? StanceLevel { get; init; }
    /// <summary>Alignment verdict (mappings).</summary>
    public string? Alignment { get; init; }
    /// <summary>Lifecycle or response status.</summary>
    public string? Status { get; init; }
    /// <summary>Owning or leading working group id.</summary>
    public string? WorkingGroup { get; init; }
    /// <summary>The item's date (see <see cref="SearchFields.Date"/>).</summary>
    public DateOnly? Date { get; init; }
}
