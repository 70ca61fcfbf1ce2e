using RegKnowledge.Model.Common;

namespace RegKnowledge.Testing;

/// <summary>A clock tests set: staleness, "days left" and feeds depend on today's date.</summary>
public sealed class FakeClock(DateOnly today) : IClock
{
    /// <summary>The sample content's reference date.</summary>
    public static FakeClock Default => new(new DateOnly(2026, 11, 27));

    /// <inheritdoc/>
    public DateOnly Today { get; set; } = today;
}
