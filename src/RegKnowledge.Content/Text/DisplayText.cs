using System.Globalization;
using RegKnowledge.Content.Load;

namespace RegKnowledge.Content.Text;

/// <summary>Culture-independent display text shared by the site and the packs, so both write enum values and counts alike.</summary>
/// <remarks>Enum values are spelled through <see cref="ModelShape.EnumText"/>, the spelling the content YAML uses, so a badge's
/// CSS suffix and its words can never drift from the value an editor typed. Dates are <c>DateText.Of</c> in the view models.</remarks>
public static class DisplayText
{
    /// <summary>An enum value as lower-case words: <c>InForce</c> → "in force", <c>SubsetOf</c> → "subset of".</summary>
    public static string Words<T>(T value) where T : struct, Enum => Kebab(value).Replace('-', ' ');

    /// <summary>An enum value as a CSS-safe suffix: <c>InForce</c> → "in-force".</summary>
    public static string Kebab<T>(T value) where T : struct, Enum => ModelShape.EnumText(value);

    /// <summary>Words with an upper-case first letter, for badges: <c>InForce</c> → "In force".</summary>
    public static string Capitalised<T>(T value) where T : struct, Enum
    {
        var words = Words(value);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A whole number without the machine's digit grouping or culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"12 days left", "1 day left", "closes today", "closed yesterday", "closed 3 days ago".</summary>
    public static string DaysLeft(DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "closes today",
            1 => "1 day left",
            > 1 => $"{Number(days)} days left",
            -1 => "closed yesterday",
            _ => $"closed {Number(-days)} days ago",
        };
    }
}
