using System.Text;
using RegKnowledge.Packs.Printing;
using UglyToad.PdfPig;

namespace RegKnowledge.Packs.Tests.Printing;

[Collection(PrintedPacksCollection.Name)]
public sealed class PdfMetadataTests(PrintedPacks packs)
{
    private static readonly PdfDocumentInfo Info = new("Zürich pack (draft)", "DAMC", "Subject", "a, b", "regk");

    private byte[] Printed => File.ReadAllBytes(PrintedPacks.File(packs.Sample, "gb.pdf"));

    [Fact]
    public void Rewrites_the_document_properties_and_keeps_the_file_readable()
    {
        var pdf = PdfMetadata.Normalise(Printed, Info, new DateOnly(2030, 1, 2));

        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Zürich pack (draft)", document.Information.Title);
        Assert.Equal("D:20300102000000Z", document.Information.CreationDate);
        Assert.Equal(PdfDocument.Open(Printed).NumberOfPages, document.NumberOfPages);
        Assert.Contains("Page 1 of", string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Is_idempotent_and_derives_the_id_from_the_content()
    {
        var once = PdfMetadata.Normalise(Printed, Info, new DateOnly(2030, 1, 2));
        var twice = PdfMetadata.Normalise(once, Info, new DateOnly(2030, 1, 2));
        var otherDate = PdfMetadata.Normalise(Printed, Info, new DateOnly(2030, 1, 3));

        Assert.Equal(once, twice);
        Assert.NotEqual(IdOf(once), IdOf(otherDate));
        Assert.Matches("^/ID \\[<[0-9A-F]{32}> <[0-9A-F]{32}>\\]$", IdOf(once));
    }

    [Fact]
    public void Refuses_a_pdf_it_does_not_understand_rather_than_guessing()
    {
        var stream = Encoding.Latin1.GetBytes("%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nendobj\nstartxref\n9\n%%EOF\n");

        Assert.Throws<NotSupportedException>(() => PdfMetadata.Normalise(stream, Info, new DateOnly(2030, 1, 2)));
    }

    [Fact]
    public void Renumbers_structure_ids_by_rank_keeping_their_order_and_length() =>
        Assert.Equal("/ID (node00000002) /Limits [(node00000001) (node00000003)] /ID (node00000002)",
            PdfMetadata.RenumberNodeIds("/ID (node00000640) /Limits [(node00000628) (node00000696)] /ID (node00000640)"));

    [Theory]
    [InlineData("Plain (text) \\ here", "(Plain \\(text\\) \\\\ here)")]
    [InlineData("Zürich", "<FEFF005A00FC0072006900630068>")]
    public void Writes_ascii_as_literal_strings_and_anything_else_as_utf16(string value, string expected) =>
        Assert.Equal(expected, PdfMetadata.PdfString(value));

    private static string IdOf(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = text.LastIndexOf("/ID [", StringComparison.Ordinal);
        return text[start..(text.IndexOf(']', start) + 1)];
    }
}
