using System.Text;
using RegKnowledge.SiteTemplates.ViewModels.Packs;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace RegKnowledge.Packs.Printing;

/// <summary>Finds the page each contents entry's heading was printed on, by searching the text of the printed PDF (PdfPig).</summary>
/// <remarks>The contents list repeats every heading, so its pages must not count. It starts on a page of its own and section 2 starts on
/// the page after it, so the heading of section 2 occurs twice: in the contents, then as the heading. The pages from the first occurrence
/// to the page before the second are the contents. Entries before section 2 (the summary) are searched before the contents, the others
/// after it, each no earlier than the previous entry's page. Whitespace is ignored because text extraction does not keep it reliably.</remarks>
internal static class TocPageFinder
{
    /// <summary>1-based page numbers, null for a heading not found, and the page count.</summary>
    public static (IReadOnlyList<int?> Pages, int PageCount) Find(byte[] pdf, IReadOnlyList<PackTocEntry> entries)
    {
        using var document = PdfDocument.Open(pdf);
        var texts = document.GetPages().Select(p => Normalise(p.Text)).ToList();
        return (Find(texts, entries), texts.Count);
    }

    /// <summary>The same pages read from the PDF's outline (Chromium makes a bookmark per heading); used to check the final print.</summary>
    public static (IReadOnlyList<int?> Pages, int PageCount) FromOutline(byte[] pdf, IReadOnlyList<PackTocEntry> entries)
    {
        using var document = PdfDocument.Open(pdf);
        var marks = document.TryGetBookmarks(out var bookmarks)
            ? bookmarks.GetNodes().OfType<DocumentBookmarkNode>().Select(b => (Title: Normalise(b.Title), b.PageNumber)).ToList()
            : [];
        var pages = entries.Select(e => Normalise(e.Heading))
            .Select(heading => marks.FirstOrDefault(m => m.Title == heading) is { Title: not null } mark ? mark.PageNumber : (int?)null)
            .ToList();
        return (pages, document.NumberOfPages);
    }

    internal static IReadOnlyList<int?> Find(IReadOnlyList<string> pageTexts, IReadOnlyList<PackTocEntry> entries)
    {
        var anchor = Normalise(PackHeadings.Regime.Heading);
        var anchorPages = Enumerable.Range(0, pageTexts.Count).Where(p => pageTexts[p].Contains(anchor, StringComparison.Ordinal)).ToList();
        var (tocFirst, tocLast) = anchorPages.Count >= 2 ? (anchorPages[0], anchorPages[^1] - 1) : (pageTexts.Count, pageTexts.Count - 1);
        var anchorIndex = entries.ToList().FindIndex(e => e.Anchor == PackHeadings.Regime.Anchor);

        var result = new int?[entries.Count];
        var from = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var before = anchorIndex >= 0 && i < anchorIndex;
            var (start, end) = before ? (from, tocFirst) : (Math.Max(from, tocLast + 1), pageTexts.Count);
            var needle = Normalise(entries[i].Heading);
            for (var p = start; p < end; p++)
            {
                if (pageTexts[p].Contains(needle, StringComparison.Ordinal))
                {
                    result[i] = p + 1;
                    from = p;
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>Compatibility-normalised (ligatures become letters) with whitespace and soft hyphens removed.</summary>
    internal static string Normalise(string text)
    {
        var normalised = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (!char.IsWhiteSpace(c) && c != '\u00AD')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
