using System.Globalization;
using System.Text;

namespace RegKnowledge.Site.Markdown;

/// <summary>Heading ids: accents folded (é → e), lower-case ASCII letters and digits, every other run → '-', trimmed; repeats get -2, -3, ...</summary>
/// <remarks>The rule is part of the URL scheme (<c>SiteUrls.GuidanceSection</c>) and must give what the search index's
/// <c>HeadingSlug</c> gives, so search results deep-link to the right heading (a test checks the two agree).</remarks>
internal sealed class HeadingSlugs(IEnumerable<string>? reserved = null)
{
    private readonly HashSet<string> used = new(reserved ?? [], StringComparer.Ordinal);

    /// <summary>The slug of <paramref name="text"/> before de-duplication.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(lower);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return slug.Length == 0 ? "section" : slug.ToString();
    }

    /// <summary>A slug not handed out before on this page.</summary>
    public string Next(string text)
    {
        var slug = Slug(text);
        var candidate = slug;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
