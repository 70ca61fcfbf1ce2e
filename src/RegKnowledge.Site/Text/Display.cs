using System.Globalization;
using System.Text;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Text;

/// <summary>Culture-independent display text: dates, enum values, counts. Nothing here reads the machine's culture.</summary>
internal static class Display
{
    public static DateText Date(DateOnly date) => new(
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    public static DateText? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>An enum value as lower-case words: <c>InForce</c> → "in force", <c>SubsetOf</c> → "subset of".</summary>
    public static string Words<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    /// <summary>An enum value as a CSS-safe suffix: <c>InForce</c> → "in-force".</summary>
    public static string Kebab<T>(T value) where T : struct, Enum => Words(value).Replace(' ', '-');

    /// <summary>Words with an upper-case first letter, for badges.</summary>
    public static string Capitalised<T>(T value) where T : struct, Enum
    {
        var words = Words(value);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"12 days left", "1 day left", "closes today", "closed 3 days ago".</summary>
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
