using System.Globalization;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Content.Validate;

/// <summary>The clock of a build: <c>SOURCE_DATE_EPOCH</c> when set (reproducible builds), otherwise today in UTC.</summary>
public sealed class BuildClock(DateOnly today) : IClock
{
    /// <inheritdoc/>
    public DateOnly Today { get; } = today;

    /// <summary>Reads <c>SOURCE_DATE_EPOCH</c> (seconds since 1970-01-01 UTC) or falls back to the system clock.</summary>
    public static BuildClock FromEnvironment()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return new BuildClock(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime));
        }

        return new BuildClock(DateOnly.FromDateTime(DateTime.UtcNow));
    }
}
