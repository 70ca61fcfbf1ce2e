using RegKnowledge.Testing;

namespace RegKnowledge.Site.Tests;

public sealed class SiteBuilderTests
{
    [Fact]
    public void Fails_on_a_broken_internal_link_naming_its_page_and_keeps_the_previous_site()
    {
        var output = SampleSite.BuildInto(SampleSite.Graph());
        var before = SampleSite.Files(output);
        using var content = TempContent.FromSample();
        var article = content.Read("guidance/travel-rule-basics.yaml");
        content.Write("guidance/travel-rule-basics.yaml", article.Replace("## Thresholds", "See [the missing article](../no-such-article/#scope).\n\n  ## Thresholds", StringComparison.Ordinal));

        var failure = Assert.Throws<SiteBuildException>(() => SiteBuilder.Build(SampleSite.Graph(content.Root), output, new SiteBuildOptions()));

        Assert.Equal(["guidance/travel-rule-basics/index.html: broken link '../no-such-article/#scope': guidance/no-such-article/index.html is not generated"], failure.Problems);
        Assert.Equal(before.Keys, SampleSite.Files(output).Keys);
        Assert.Equal(["site"], Directory.GetDirectories(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Reports_render_times_per_page_type()
    {
        var result = SiteBuilder.Build(SampleSite.Graph(), Path.Combine(Path.GetTempPath(), "regk-t-" + Guid.NewGuid().ToString("N")[..8], "site"), new SiteBuildOptions());

        Assert.Equal(28, result.Pages);
        Assert.Contains(result.PageTypes, t => t.Component == "JurisdictionPage" && t.Pages == 2);
        Assert.Equal(result.Pages, result.PageTypes.Sum(t => t.Pages));
    }

    [Fact]
    public void Leaves_out_what_the_audience_may_not_see()
    {
        var members = SampleSite.Files(SampleSite.BuildInto(SampleSite.Graph(audience: "members")));
        var staff = SampleSite.Files(SampleSite.BuildInto(SampleSite.Graph(audience: "staff")));
        var publicSite = SampleSite.Files(SampleSite.BuildInto(SampleSite.Graph(audience: "public")));
        static string All(SortedDictionary<string, byte[]> files) => string.Concat(files.Values.Select(b => System.Text.Encoding.UTF8.GetString(b)));

        Assert.DoesNotContain("MAS staff hinted", All(members), StringComparison.Ordinal);
        Assert.Contains("MAS staff hinted", All(staff), StringComparison.Ordinal);
        Assert.DoesNotContain("engagements/mas-consultation-2026/index.html", publicSite.Keys);
        Assert.Contains("Allow: /", System.Text.Encoding.UTF8.GetString(publicSite["robots.txt"]), StringComparison.Ordinal);
        Assert.Contains("Disallow: /", System.Text.Encoding.UTF8.GetString(members["robots.txt"]), StringComparison.Ordinal);
    }
}
