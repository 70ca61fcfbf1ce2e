namespace RegKnowledge.Search.Querying;

/// <summary>Restricts results: any of the listed values within a facet, every facet that has values.</summary>
public sealed record SearchFilters
{
    /// <summary>No restriction.</summary>
    public static SearchFilters None { get; } = new();

    /// <summary>Jurisdiction ids; a parent includes its sub-national regimes (us includes us-ny).</summary>
    public IReadOnlyList<string> Jurisdictions { get; init; } = [];

    /// <summary>Topic ids.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Document kinds (<c>DocumentKinds</c>).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Whether any facet has values.</summary>
    public bool Any => Jurisdictions.Count > 0 || Topics.Count > 0 || Kinds.Count > 0;
}
