using RegKnowledge.Content.Text;
using RegKnowledge.Model.Common;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Packs.Composition;

/// <summary>Display text only packs need (counts, TLP badges, safe links, lists); dates and enum values come from <see cref="DisplayText"/>.</summary>
internal static class PackText
{
    /// <summary>"1 mapping", "3 mappings".</summary>
    public static string Count(int value, string singular, string plural) => DisplayText.Number(value) + " " + (value == 1 ? singular : plural);

    /// <summary>A TLP label as a badge; the description says how a recipient may share what carries it (FIRST TLP 2.0).</summary>
    public static Badge Tlp(Tlp tlp) => new(TlpText.Label(tlp), "tlp-" + DisplayText.Kebab(tlp), TlpSharing(tlp));

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
