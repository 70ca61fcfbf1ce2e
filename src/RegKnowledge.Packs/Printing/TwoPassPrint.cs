using System.Text;
using RegKnowledge.Packs.Rendering;

namespace RegKnowledge.Packs.Printing;

/// <summary>A printed pack: the final PDF bytes, its page count, the page of each contents entry and how many prints it took.</summary>
internal sealed record PrintedPack(byte[] Pdf, int Pages, IReadOnlyList<int?> TocPages, int Passes);

/// <summary>Prints a pack with page numbers in its table of contents. Pass 1 prints the HTML pack as it is (the numbers' column is
/// reserved but empty) as a quick draft; each heading's page is found by searching that PDF's text. Pass 2 renders the contents with
/// those numbers and makes the final print. The numbers fit the reserved column, so the page breaks do not move; the final PDF's own
/// outline (Chromium's bookmarks point at the headings' pages) is checked against the numbers, and a rare mismatch costs one more pass.</summary>
internal static class TwoPassPrint
{
    private const int MaxPasses = 3;

    public static async Task<PrintedPack> PrintAsync(PackPrinter printer, Func<IReadOnlyList<int?>, string> renderWithPages, RenderedPack pack, DateOnly date)
    {
        var stem = Path.Combine(printer.WorkDirectory, Path.GetFileNameWithoutExtension(pack.Composed.Request.FileName("html")));
        var templates = PrintTemplates.For(pack.Model.Meta.Title, pack.PackId, pack.Composed.Label);
        var toc = pack.Model.Toc;

        var draft = await PrintHtmlAsync(printer, stem + ".1.html", pack.Html, null).ConfigureAwait(false);
        var (pages, _) = TocPageFinder.Find(draft, toc);
        byte[] pdf;
        int count;
        var passes = 1;
        while (true)
        {
            passes++;
            pdf = await PrintHtmlAsync(printer, stem + $".{passes}.html", renderWithPages(pages), templates).ConfigureAwait(false);
            var (bookmarked, pageCount) = TocPageFinder.FromOutline(pdf, toc);
            count = pageCount;
            if (bookmarked.SequenceEqual(pages) || passes == MaxPasses)
            {
                break;
            }

            pages = TocPageFinder.Find(pdf, toc).Pages;
        }

        var meta = pack.Model.Meta;
        var info = new PdfDocumentInfo(meta.Title, meta.Author, meta.Subject, meta.Keywords, "RegKnowledge (regk pack)");
        return new PrintedPack(PdfMetadata.Normalise(pdf, info, date), count, pages, passes);
    }

    private static async Task<byte[]> PrintHtmlAsync(PackPrinter printer, string path, string html, PrintTemplates? templates)
    {
        await File.WriteAllTextAsync(path, html, new UTF8Encoding(false)).ConfigureAwait(false);
        try
        {
            return await printer.PrintAsync(path, templates).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
