using RegKnowledge.Site.Markdown;

namespace RegKnowledge.Site.Tests.Markdown;

public sealed class HeadingSlugsTests
{
    [Theory]
    [InlineData("What travels", "what-travels")]
    [InlineData("  AML/CFT: the basics!  ", "aml-cft-the-basics")]
    [InlineData("Article 3(1)(a)", "article-3-1-a")]
    [InlineData("Über Verwahrung", "ber-verwahrung")]
    [InlineData("---", "section")]
    [InlineData("MiCA Title V", "mica-title-v")]
    public void Keeps_lower_case_ascii_letters_and_digits_and_joins_the_rest_with_dashes(string text, string slug) =>
        Assert.Equal(slug, HeadingSlugs.Slug(text));

    [Fact]
    public void Numbers_repeats_from_two_and_avoids_reserved_ids()
    {
        var slugs = new HeadingSlugs(["main"]);
        Assert.Equal(["a", "a-2", "a-3", "main-2"], new[] { "A", "a", "A!", "Main" }.Select(slugs.Next));
    }
}
