using System.Net;

namespace RegKnowledge.Packs.Tests.Printing;

/// <summary>A jurisdiction with no mappings and no engagements still gets a whole pack that says so plainly.</summary>
[Collection(PrintedPacksCollection.Name)]
public sealed class BarePackTests(PrintedPacks packs)
{
    [Theory]
    [InlineData("No mappings have been published for this jurisdiction yet.")]
    [InlineData("No engagement with Financial Conduct Authority has been recorded yet.")]
    [InlineData("No open consultation by Financial Conduct Authority is recorded.")]
    [InlineData("It sets out how we understand the United Kingdom regime for crypto-asset activity and how United Kingdom rules align with the consortium's standards.")]
    public void Sections_with_nothing_to_say_say_so_in_html_and_pdf(string sentence)
    {
        Assert.Contains(sentence, WebUtility.HtmlDecode(PrintedPacks.Html(packs.Bare, "gb.html")), StringComparison.Ordinal);
        Assert.Contains(sentence.Replace(" ", "", StringComparison.Ordinal), PrintedPacks.PdfText(packs.Bare, "gb.pdf"), StringComparison.Ordinal);
    }

    [Fact]
    public void Still_has_the_regime_the_sources_and_a_sane_page_count()
    {
        var text = PrintedPacks.PdfText(packs.Bare, "gb.pdf");

        Assert.Contains("2.2Stancebytopic", text, StringComparison.Ordinal);
        Assert.Contains("https://www.legislation.gov.uk/uksi/2017/692/contents", text, StringComparison.Ordinal);
        Assert.InRange(PrintedPacks.PdfPages(packs.Bare, "gb.pdf").Count, 4, 20);
        Assert.DoesNotContain("id=\"standard-", PrintedPacks.Html(packs.Bare, "gb.html"), StringComparison.Ordinal);
    }
}
