namespace RegKnowledge.Model.Common;

/// <summary>Today's date as the pipeline sees it. Staleness and "days left" depend on it, so tests and reproducible builds set it.</summary>
public interface IClock
{
    /// <summary>The current date.</summary>
    DateOnly Today { get; }
}
