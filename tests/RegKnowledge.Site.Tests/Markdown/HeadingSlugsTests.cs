using RegKnowledge.Site.Markdown;

namespace RegKnowledge.Site.Tests.Markdown;

public sealed class HeadingSlugsTests
{
    [Theory]
    [InlineData("What travels", "what-travels")]
    [InlineData("  AML/CFT: the basics!  ", "aml-cft-the-basics")]
    [InlineData("Article 3(1)(a)", "article-3-1-a")]
    [InlineData("Über Verwahrung", "uber-verwahrung")]
    [InlineData("2. Due diligence", "2-due-diligence")]
    [InlineData("---", "section")]
    [InlineData("MiCA Title V", "mica-title-v")]
    public void Keeps_lower_case_ascii_letters_and_digits_and_joins_the_rest_with_dashes(string text, string slug) =>
        Assert.Equal(slug, HeadingSlugs.Slug(text));

    [Fact]
    public void Numbers_repeats_from_two()
    {
        var slugs = new HeadingSlugs();
        Assert.Equal(["a", "a-2", "a-3", "main"], new[] { "A", "a", "A!", "Main" }.Select(slugs.Next));
    }

    [Theory]
    [InlineData("Café & Co.")]
    [InlineData("Über Verwahrung: §3(1)")]
    [InlineData("2. Apply the strictest threshold, then relax deliberately")]
    [InlineData("---")]
    public void Agrees_with_the_search_index_so_results_deep_link_to_the_heading(string heading) =>
        Assert.Equal(RegKnowledge.Search.Documents.HeadingSlug.From(heading), HeadingSlugs.Slug(heading));
}
