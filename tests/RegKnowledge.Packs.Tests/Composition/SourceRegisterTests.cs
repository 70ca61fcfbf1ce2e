using RegKnowledge.Packs.Composition;

namespace RegKnowledge.Packs.Tests.Composition;

public sealed class SourceRegisterTests
{
    [Fact]
    public void Numbers_sources_in_citation_order_and_reuses_the_number_of_a_source_cited_again()
    {
        var register = new SourceRegister();

        var psa = register.Cite("Payment Services Act 2019", "https://sso.agc.gov.sg/Act/PSA2019");
        var notice = register.Cite("MAS Notice PSN02", "https://www.mas.gov.sg/regulation/notices/psn02");
        var again = register.Cite("Payment Services Act 2019", "https://sso.agc.gov.sg/Act/PSA2019");

        Assert.Equal((1, 2, 1), (psa, notice, again));
        Assert.Equal(["Payment Services Act 2019", "MAS Notice PSN02"], register.All.Select(s => s.Source.Title));
    }

    [Fact]
    public void Keeps_two_publications_at_one_address_apart_and_lists_unsafe_addresses_as_text()
    {
        var register = new SourceRegister();

        var home = register.Cite("Monetary Authority of Singapore", "https://www.mas.gov.sg");
        var measures = register.Cite("MAS consumer protection measures", "https://www.mas.gov.sg");
        var unsafeSource = register.Cite("Leaflet", "javascript:alert(1)");

        Assert.Equal((1, 2, 3), (home, measures, unsafeSource));
        Assert.Null(register.All[2].Source.Url);
    }

    [Fact]
    public void A_citation_lists_numbers_once_in_ascending_order() =>
        Assert.Equal([2, 5, 7], SourceRegister.Refs([7, 2, 5, 2]));
}
