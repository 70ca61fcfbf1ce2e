namespace RegKnowledge.Model.Common;

/// <summary>A 1-based line and column in a content file, relative to the content root.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location for a whole file when nothing finer is known.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
