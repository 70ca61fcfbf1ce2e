using System.Globalization;
using System.Text;

namespace RegKnowledge.Search.Documents;

/// <summary>The id a guidance heading gets on the site, so search results can deep-link to it.</summary>
/// <remarks>Rule: fold accents (é → e), lower-case, keep ASCII letters and digits, turn every run of anything else into one
/// '-', trim '-' at both ends; a heading with nothing left becomes "section". The site renderer and the search index both
/// call this, so a link from a result always lands on the heading.</remarks>
public static class HeadingSlug
{
    /// <summary>The slug of one heading, before de-duplication.</summary>
    public static string From(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var slug = new StringBuilder(heading.Length);
        var separatorPending = false;
        foreach (var c in heading.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (separatorPending && slug.Length > 0)
                {
                    slug.Append('-');
                }

                separatorPending = false;
                slug.Append(lower);
            }
            else
            {
                separatorPending = true;
            }
        }

        return slug.Length == 0 ? "section" : slug.ToString();
    }

    /// <summary>Unique slugs for the headings of one article, in document order (a repeat gets -2, -3, ...).</summary>
    public static IReadOnlyList<string> Unique(IEnumerable<string> headings)
    {
        var slugger = new HeadingSlugger();
        return headings.Select(slugger.Next).ToList();
    }
}

/// <summary>Hands out unique heading slugs within one article: the first "Scope" is <c>scope</c>, the next <c>scope-2</c>.</summary>
/// <remarks>Feed it every heading of the article in document order (all levels), exactly as the renderer meets them.</remarks>
public sealed class HeadingSlugger
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    /// <summary>The slug for the next heading.</summary>
    public string Next(string heading)
    {
        var slug = HeadingSlug.From(heading);
        if (used.Add(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            if (used.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
