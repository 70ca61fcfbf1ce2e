using RegKnowledge.Testing;

namespace RegKnowledge.Site.Tests.Checking;

/// <summary>Every page passes html-validate with its recommended rules (.htmlvalidate.json at the repository root).</summary>
public sealed class HtmlValidateTests
{
    [Fact]
    public void Finds_no_errors_on_any_page_of_the_sample_site()
    {
        var site = SampleSite.BuildInto(SampleSite.Graph());
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

        var (exit, output) = NodeTools.Node([Path.Combine(NodeTools.NodeModules, "html-validate", "bin", "html-validate.mjs"),
            "--config", Path.Combine(Fixtures.RepositoryRoot, ".htmlvalidate.json"), .. pages]);

        Assert.True(exit == 0, output);
        Assert.Equal(28, pages.Length);
    }
}
