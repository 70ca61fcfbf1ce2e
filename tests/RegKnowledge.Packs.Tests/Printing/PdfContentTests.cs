using System.Text.RegularExpressions;
using RegKnowledge.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace RegKnowledge.Packs.Tests.Printing;

[Collection(PrintedPacksCollection.Name)]
public sealed partial class PdfContentTests(PrintedPacks packs)
{
    private string SgText => PrintedPacks.PdfText(packs.Sample, "sg.pdf");

    [Theory]
    [InlineData("Briefing pack: Singapore")]
    [InlineData("Prepared for Monetary Authority of Singapore")]
    [InlineData("1 Summary")]
    [InlineData("1.1 Why this pack")]
    [InlineData("1.2 Headline alignment figures")]
    [InlineData("1.3 Our asks")]
    [InlineData("1.4 Most important gaps and conflicts")]
    [InlineData("1.5 Open consultations and our position")]
    [InlineData("2 The regime as the consortium understands it")]
    [InlineData("3 Standards alignment")]
    [InlineData("3.1 DAMC Travel Rule Data Exchange Standard")]
    [InlineData("4 Our engagement")]
    [InlineData("5 Relevant guidance")]
    [InlineData("Appendix A Glossary")]
    [InlineData("Appendix B Sources")]
    [InlineData("Appendix C Methodology")]
    [InlineData("Appendix D Disclaimer")]
    [InlineData("This pack is not legal advice.")]
    public void Every_section_is_in_the_pdf_text(string heading) =>
        Assert.Contains(heading.Replace(" ", "", StringComparison.Ordinal), SgText, StringComparison.Ordinal);

    [Fact]
    public void Page_one_carries_the_cover_the_label_and_the_essentials_of_the_summary()
    {
        var first = PrintedPacks.PdfPages(packs.Sample, "sg.pdf")[0].Replace(" ", "", StringComparison.Ordinal);
        var packId = packs.Sample.Files.Single(f => f.Path.EndsWith("sg.pdf", StringComparison.Ordinal)).PackId;

        Assert.Matches("^DAMC-BP-sg-mas-[0-9a-f]{8}$", packId);
        foreach (var expected in new[] { "DigitalAssetMarketsConsortium", "TLP:GREEN", packId, "27November2026", "Contentversion", "test-content",
            "Headlinealignmentfigures", "Ourasks", "Considerourposition" })
        {
            Assert.Contains(expected, first, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_headline_figures_are_printed()
    {
        Assert.Contains("2of2activeclauses", SgText, StringComparison.Ordinal);
        Assert.Contains("Aligned50%(1)", SgText, StringComparison.Ordinal);
        Assert.Contains("Partial50%(1)", SgText, StringComparison.Ordinal);
        Assert.Contains("Gap0%(0)", SgText, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_source_is_listed_with_its_address_and_cited_by_number()
    {
        var html = PrintedPacks.Html(packs.Sample, "sg.html");
        var appendix = html[html.IndexOf("id=\"sources\"", StringComparison.Ordinal)..html.IndexOf("id=\"methodology\"", StringComparison.Ordinal)];
        var urls = SourceUrl().Matches(appendix).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("https://sso.agc.gov.sg/Act/PSA2019", urls);
        Assert.Equal(urls.Count, Regex.Matches(appendix, "<li id=\"source-").Count);
        Assert.All(urls, url => Assert.Contains(url, SgText, StringComparison.Ordinal));
        for (var n = 1; n <= urls.Count; n++)
        {
            Assert.Contains($"href=\"#source-{n}\"", html, StringComparison.Ordinal);
            Assert.Contains($"[{n}]", SgText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Page_count_is_sane_and_every_page_says_page_x_of_y_and_carries_the_label()
    {
        var pages = PrintedPacks.PdfPages(packs.Sample, "sg.pdf");

        Assert.InRange(pages.Count, 5, 30);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.True(Regex.Matches(pages[i], "TLP:GREEN").Count >= 2, $"page {i + 1} lacks the label in its header or footer");
        }
    }

    [Fact]
    public void The_contents_page_numbers_agree_with_the_pdf_outline()
    {
        using var document = PdfDocument.Open(PrintedPacks.File(packs.Sample, "sg.pdf"));
        Assert.True(document.TryGetBookmarks(out var bookmarks), "the PDF has no outline");
        var marks = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToList();
        var contents = PrintedPacks.PdfPages(packs.Sample, "sg.pdf").First(p => p.Contains("Contents", StringComparison.Ordinal));

        foreach (var heading in new[] { "2 The regime as the consortium understands it", "3.1 DAMC Travel Rule Data Exchange Standard", "Appendix B Sources" })
        {
            var mark = Assert.Single(marks, m => m.Title == heading);
            Assert.Contains($"{heading} {mark.PageNumber}", contents, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Document_properties_come_from_the_pack_and_dates_from_the_clock()
    {
        using var document = PdfDocument.Open(PrintedPacks.File(packs.Sample, "sg.pdf"));
        var info = document.Information;

        Assert.Equal("DAMC Briefing pack: Singapore (for Monetary Authority of Singapore)", info.Title);
        Assert.Equal("Digital Asset Markets Consortium", info.Author);
        Assert.StartsWith("How the DAMC understands the Singapore regime", info.Subject, StringComparison.Ordinal);
        Assert.Contains("TLP:GREEN", info.Keywords, StringComparison.Ordinal);
        Assert.Equal("D:20261127000000Z", info.CreationDate);
        Assert.Equal("D:20261127000000Z", info.ModifiedDate);
    }

    [Fact]
    public void Printing_the_same_content_again_gives_a_byte_identical_pdf()
    {
        var output = PackGraphs.TempFolder();
        try
        {
            var again = PackBuilder.Build(PackGraphs.Load(Fixtures.SampleContent), [new PackRequest("sg")], output, PackGraphs.Options(PackFormats.Pdf));

            Assert.Equal(File.ReadAllBytes(PrintedPacks.File(packs.Sample, "sg.pdf")), File.ReadAllBytes(Assert.Single(again.Files).Path));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [GeneratedRegex("<a class=\"url\" href=\"(https://[^\"]+)\"")]
    private static partial Regex SourceUrl();
}
