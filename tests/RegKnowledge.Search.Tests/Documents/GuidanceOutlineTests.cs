using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.Tests.Documents;

/// <summary>Given an article body, sections are its ## and ### headings with the text up to the next one.</summary>
public sealed class GuidanceOutlineTests
{
    private const string Body = """
        Intro text before any heading.

        ## Why it *matters*

        Because `MiCA` says so.

        ### European Union

        EU text.

        #### Detail

        Detail text stays in the EU section.

        ```
        ## not a heading
        ```

        ## European Union

        Second EU heading, second slug.
        """;

    [Fact]
    public void Sections_cover_level_two_and_three_headings_up_to_the_next_one()
    {
        var sections = GuidanceOutline.Sections(Body);
        Assert.Equal(["why-it-matters", "european-union", "european-union-2"], sections.Select(s => s.Heading.Slug));
        Assert.Equal("Because MiCA says so.", sections[0].Text);
        Assert.StartsWith("EU text. Detail Detail text stays in the EU section.", sections[1].Text, StringComparison.Ordinal);
        Assert.Equal("Second EU heading, second slug.", sections[2].Text);
    }

    [Fact]
    public void Heading_markup_is_dropped_from_text_and_slug()
    {
        var heading = GuidanceOutline.Headings("## Why `MiCA` *really* [matters](https://example.org) &amp; more")[0];
        Assert.Equal(("Why MiCA really matters & more", "why-mica-really-matters-more"), (heading.Text, heading.Slug));
    }

    [Fact]
    public void Every_heading_level_counts_for_slug_deduplication_but_code_blocks_do_not()
    {
        var headings = GuidanceOutline.Headings(Body);
        Assert.Equal(["why-it-matters", "european-union", "detail", "european-union-2"], headings.Select(h => h.Slug));
        Assert.Equal([2, 3, 4, 2], headings.Select(h => h.Level));
    }

    [Fact]
    public void Plain_text_drops_markup_and_link_targets_and_collapses_whitespace() =>
        Assert.Equal("See the EBA site and Article 14.", GuidanceOutline.PlainText("See the [EBA site](https://www.eba.europa.eu)\nand **Article 14**."));
}
