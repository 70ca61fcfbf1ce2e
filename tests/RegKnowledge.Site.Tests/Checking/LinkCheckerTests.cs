using System.Text;
using RegKnowledge.Site.Checking;

namespace RegKnowledge.Site.Tests.Checking;

public sealed class LinkCheckerTests
{
    private static Dictionary<string, byte[]> Files(params (string Path, string Html)[] files) =>
        files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Html), StringComparer.Ordinal);

    [Fact]
    public void Accepts_page_relative_links_and_anchors_that_exist()
    {
        var files = Files(
            ("index.html", "<a href=\"a/\">a</a><a href=\"a/#x\">x</a><a href=\"https://example.org/\">out</a><a href=\"packs/sg.pdf\">pack</a>"),
            ("a/index.html", "<h2 id=\"x\">X</h2><a href=\"../\">home</a><a href=\"#x\">self</a>"));
        Assert.Empty(LinkChecker.Check(files, ["packs/"]));
    }

    [Fact]
    public void Names_the_page_holding_a_broken_link_or_anchor()
    {
        var files = Files(
            ("index.html", "<a href=\"missing/\">m</a>"),
            ("a/index.html", "<a href=\"../#nowhere\">n</a><a href=\"../../../x\">up</a>"));

        var problems = LinkChecker.Check(files, []);

        Assert.Equal(
        [
            "a/index.html: broken anchor '../#nowhere': index.html has no id 'nowhere'",
            "a/index.html: link '../../../x' leaves the site root",
            "index.html: broken link 'missing/': missing/index.html is not generated",
        ], problems);
    }

    [Theory]
    [InlineData("jurisdictions/sg/index.html", "../../topics/aml-cft/", "topics/aml-cft/index.html", "")]
    [InlineData("jurisdictions/sg/index.html", "../../", "index.html", "")]
    [InlineData("jurisdictions/sg/index.html", "#topic-custody", "jurisdictions/sg/index.html", "topic-custody")]
    [InlineData("index.html", "feed.xml", "feed.xml", "")]
    [InlineData("index.html", "compare/?j=sg,gb", "compare/index.html", "")]
    public void Resolves_links_relative_to_the_page(string from, string link, string target, string fragment) =>
        Assert.Equal((target, fragment), LinkChecker.Resolve(from, link));
}
