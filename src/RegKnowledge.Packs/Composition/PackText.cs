using System.Globalization;
using System.Text;
using RegKnowledge.Model.Common;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Packs.Composition;

/// <summary>Culture-independent display text for packs, written the way the site writes it (dates, enum values, days left, labels).</summary>
internal static class PackText
{
    public static DateText Date(DateOnly date) => new(
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    public static DateText? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 mapping", "3 mappings".</summary>
    public static string Count(int value, string singular, string plural) => Number(value) + " " + (value == 1 ? singular : plural);

    /// <summary>An enum value as lower-case words: <c>InForce</c> → "in force".</summary>
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

    public static string Kebab<T>(T value) where T : struct, Enum => Words(value).Replace(' ', '-');

    public static string Capitalised<T>(T value) where T : struct, Enum
    {
        var words = Words(value);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>"12 days left", "closes today", "closed 3 days ago".</summary>
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

    /// <summary>A TLP label as a badge; the description says how a recipient may share what carries it (FIRST TLP 2.0).</summary>
    public static Badge Tlp(Tlp tlp) => new(TlpText.Label(tlp), "tlp-" + Kebab(tlp), TlpSharing(tlp));

    public static string TlpSharing(Tlp tlp) => tlp switch
    {
        Model.Common.Tlp.Clear => "Recipients may share it without limit.",
        Model.Common.Tlp.Green => "Recipients may share it within their community, but not through publicly accessible channels.",
        Model.Common.Tlp.Amber => "Recipients may share it only on a need-to-know basis within their organisation and with its clients.",
        Model.Common.Tlp.AmberStrict => "Recipients may share it only on a need-to-know basis within their organisation.",
        _ => "For the named recipients only; no further sharing.",
    };

    /// <summary>The address when it is plainly absolute https, otherwise null: content URLs are validated, but a pack never relies on it.</summary>
    public static string? Https(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 ? url : null;
    }

    /// <summary>"a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
