namespace RegKnowledge.Site;

/// <summary>Settings of one site build that are not content.</summary>
public sealed record SiteBuildOptions
{
    /// <summary>Site-relative path prefixes that other stages write beside the site (briefing packs); links into them are not checked.</summary>
    public IReadOnlyList<string> ExternallyProvidedPaths { get; init; } = ["packs/"];

    /// <summary>Whether briefing-pack links are shown on jurisdiction profiles.</summary>
    public bool LinkPacks { get; init; } = true;

    /// <summary>Files other stages produce for the site (exports under downloads/, the browser search export), published with it atomically.</summary>
    public IReadOnlyDictionary<string, byte[]> ExtraFiles { get; init; } = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    /// <summary>Receives progress lines (null: silent).</summary>
    public Action<string>? Log { get; init; }
}
