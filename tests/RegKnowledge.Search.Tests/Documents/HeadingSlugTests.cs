using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.Tests.Documents;

/// <summary>Given a heading, the slug is the id the site gives it; repeats within an article are numbered.</summary>
public sealed class HeadingSlugTests
{
    [Theory]
    [InlineData("Step 1: map the business", "step-1-map-the-business")]
    [InlineData("The U.S. and New York", "the-u-s-and-new-york")]
    [InlineData("  (Why it matters)  ", "why-it-matters")]
    [InlineData("A. Legal entity and substance (Article 59(2), Article 62(2))", "a-legal-entity-and-substance-article-59-2-article-62-2")]
    [InlineData("Implementing the travel rule across MiCA/TFR and Singapore's PSA", "implementing-the-travel-rule-across-mica-tfr-and-singapore-s-psa")]
    [InlineData("Türkiye: régime café", "turkiye-regime-cafe")]
    [InlineData("Hours 1 to 24", "hours-1-to-24")]
    public void Lower_cases_keeps_ascii_letters_and_digits_and_joins_everything_else_with_one_dash(string heading, string slug) =>
        Assert.Equal(slug, HeadingSlug.From(heading));

    [Theory]
    [InlineData("???")]
    [InlineData("")]
    [InlineData("中文")]
    public void Heading_without_ascii_letters_or_digits_becomes_section(string heading) =>
        Assert.Equal("section", HeadingSlug.From(heading));

    [Fact]
    public void Repeated_headings_get_numbered_suffixes_in_document_order() =>
        Assert.Equal(["scope", "scope-2", "european-union", "scope-3"], HeadingSlug.Unique(["Scope", "Scope", "European Union", "Scope"]));

    [Fact]
    public void A_numbered_suffix_never_collides_with_a_real_heading() =>
        Assert.Equal(["scope-2", "scope", "scope-3"], HeadingSlug.Unique(["Scope 2", "Scope", "Scope"]));
}
