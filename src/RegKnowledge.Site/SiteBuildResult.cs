namespace RegKnowledge.Site;

/// <summary>What a build wrote and how long each part took.</summary>
public sealed record SiteBuildResult(
    string OutputDirectory,
    int Pages,
    int Files,
    long Bytes,
    TimeSpan ModelTime,
    TimeSpan RenderTime,
    TimeSpan CheckTime,
    TimeSpan WriteTime,
    IReadOnlyList<PageTypeTiming> PageTypes);

/// <summary>Render time of one page type (component).</summary>
public sealed record PageTypeTiming(string Component, int Pages, TimeSpan Total)
{
    /// <summary>Mean render time per page.</summary>
    public TimeSpan PerPage => Pages == 0 ? TimeSpan.Zero : Total / Pages;
}
