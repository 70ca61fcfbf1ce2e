using RegKnowledge.Site.Markdown;

namespace RegKnowledge.Site.Tests.Markdown;

public sealed class GuidanceMarkdownTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](java&#x73;cript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](//evil.example/)")]
    [InlineData("[x](http://plain.example/)")]
    public void Drops_links_outside_the_allow_list_and_keeps_their_text(string markdown)
    {
        var html = GuidanceMarkdown.Render(markdown).Html;
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](https://www.fatf-gafi.org/)", "href=\"https://www.fatf-gafi.org/\"")]
    [InlineData("[x](mailto:wg@example.org)", "href=\"mailto:wg@example.org\"")]
    [InlineData("[x](../other-article/#scope)", "href=\"../other-article/#scope\"")]
    public void Keeps_https_mailto_and_relative_links(string markdown, string expected) =>
        Assert.Contains(expected, GuidanceMarkdown.Render(markdown).Html, StringComparison.Ordinal);

    [Fact]
    public void Escapes_raw_html_instead_of_rendering_it()
    {
        var html = GuidanceMarkdown.Render("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<form action=x><input></form>").Html;
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Treats_generic_attribute_syntax_as_text()
    {
        var html = GuidanceMarkdown.Render("## Title {#main onclick=alert(1)}\n\nText {.x style=color:red}").Html;
        Assert.DoesNotContain("onclick=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"main\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_images_and_keeps_their_alt_text()
    {
        var html = GuidanceMarkdown.Render("![diagram of flows](https://example.org/x.png)").Html;
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("diagram of flows", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_headings_from_h2_without_skipping_levels_and_builds_the_contents()
    {
        var rendered = GuidanceMarkdown.Render("# Scope\n\n#### Deep\n\n# Scope\n\n## Main\n\n# Café & Co.");
        Assert.Equal(
            "<h2 id=\"scope\">Scope</h2>\n<h3 id=\"deep\">Deep</h3>\n<h2 id=\"scope-2\">Scope</h2>\n<h3 id=\"main\">Main</h3>\n<h2 id=\"cafe-co\">Café &amp; Co.</h2>\n",
            rendered.Html);
        Assert.Equal(["scope", "deep", "scope-2", "main", "cafe-co"], rendered.Toc.Select(t => t.Anchor));
    }

    [Fact]
    public void Drops_table_alignment_styles()
    {
        var html = GuidanceMarkdown.Render("| a | b |\n|:--|--:|\n| 1 | 2 |").Html;
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
    }
}
