using RegKnowledge.Model.Common;
using RegKnowledge.Testing;

namespace RegKnowledge.Packs.Tests.Printing;

/// <summary>The canary content built for staff (up to AMBER+STRICT): a pack holds only what its recipient may receive, in HTML and PDF.</summary>
[Collection(PrintedPacksCollection.Name)]
public sealed class RecipientCeilingTests(PrintedPacks packs)
{
    [Theory]
    [InlineData("gb-fca", Tlp.Clear)]
    [InlineData("sg", Tlp.Green)]
    public void A_pack_holds_no_canary_above_its_recipients_clearance(string pack, Tlp clearance)
    {
        var html = PrintedPacks.Html(packs.Canary, pack + ".html").ToLowerInvariant();
        var pdf = PrintedPacks.PdfText(packs.Canary, pack + ".pdf").ToLowerInvariant();

        Assert.All(Canaries.Above(clearance), word =>
        {
            Assert.DoesNotContain(word, html, StringComparison.Ordinal);
            Assert.DoesNotContain(word, pdf, StringComparison.Ordinal);
        });
        Assert.True(PrintedPacks.LabelOf(packs.Canary, pack + ".pdf") <= clearance);
    }

    [Fact]
    public void The_search_for_leaks_can_find_a_canary_the_recipient_may_receive()
    {
        // MAS is cleared for GREEN: the members-only guidance note is in its pack, so the search above is not vacuous.
        Assert.Contains("canarygreenalpha", PrintedPacks.Html(packs.Canary, "sg.html"), StringComparison.Ordinal);
        Assert.Contains("canarygreenalpha", PrintedPacks.PdfText(packs.Canary, "sg.pdf").ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal(Tlp.Green, PrintedPacks.LabelOf(packs.Canary, "sg.pdf"));
    }

    [Fact]
    public void Draft_rationales_and_internal_notes_never_reach_a_pack_even_below_the_ceiling()
    {
        var html = PrintedPacks.Html(packs.Canary, "sg.html");

        Assert.DoesNotContain("canarydraftecho", html, StringComparison.Ordinal);
        Assert.DoesNotContain("canarynotesdelta", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cover_states_recipient_audience_and_document_label()
    {
        var pdf = PrintedPacks.PdfText(packs.Canary, "gb-fca.pdf");

        Assert.Contains("PreparedforFinancialConductAuthority", pdf, StringComparison.Ordinal);
        Assert.Contains("FinancialConductAuthority,cleareduptoTLP:CLEAR", pdf, StringComparison.Ordinal);
        Assert.Contains("thestaffaudience", pdf, StringComparison.Ordinal);
        Assert.Contains("TLP:CLEARthehighestlabelofthecontentincluded", pdf, StringComparison.Ordinal);
    }
}
