namespace RegKnowledge.Content.Load;

/// <summary>Bounds that keep hostile input cheap. Content files are small and shallow; anything beyond these is a mistake or an attack.</summary>
public sealed record LoadLimits
{
    /// <summary>Largest file read, in bytes. The longest guidance article is ~60 KB; 1 MiB leaves ample room.</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences. The model needs 5; 32 is generous and far below stack limits.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most nodes in one file.</summary>
    public int MaxNodes { get; init; } = 100_000;

    /// <summary>Default cap on any text field without its own, in characters.</summary>
    public int MaxTextLength { get; init; } = 10_000;

    /// <summary>The defaults.</summary>
    public static LoadLimits Default { get; } = new();
}
