using System.Text;
using RegKnowledge.Site.Tests.Approval;

namespace RegKnowledge.Site.Tests.Pages;

/// <summary>Each page type (and feed, sitemap, calendar, robots) of the sample site, compared with its approved snapshot.</summary>
public sealed class PageSnapshotTests
{
    private static readonly Lazy<SortedDictionary<string, byte[]>> Site = new(() => SampleSite.Files(SampleSite.BuildInto(SampleSite.Graph())));

    public static TheoryData<string> Outputs => new(
        "index.html", "matrix/index.html", "map/index.html", "compare/index.html", "compliance/index.html",
        "jurisdictions/index.html", "jurisdictions/sg/index.html", "jurisdictions/sg/standards/trx/index.html",
        "topics/index.html", "topics/aml-cft/index.html", "standards/index.html", "standards/trx/index.html",
        "guidance/index.html", "guidance/travel-rule-basics/index.html", "engagements/index.html",
        "engagements/mas-consultation-2026/index.html", "governance/index.html", "governance/wg-travel-rule/index.html",
        "search/index.html", "404.html", "feed.xml", "sitemap.xml", "engagements/deadlines.ics", "robots.txt");

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Renders_the_sample_like_the_approved_snapshot(string path)
    {
        Assert.True(Site.Value.TryGetValue(path, out var bytes), $"{path} was not generated");
        var extension = Path.GetExtension(path).TrimStart('.');
        var name = path == "index.html" ? "home" : path.Replace("/index.html", "", StringComparison.Ordinal).Replace('/', '_');
        Approver.Verify(Encoding.UTF8.GetString(bytes), Path.ChangeExtension(name, null), extension);
    }

    [Fact]
    public void Puts_the_content_security_policy_first_in_every_head()
    {
        foreach (var (path, bytes) in Site.Value.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(bytes);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#x27;self&#x27;;", html);
            Assert.DoesNotContain("unsafe-inline", html, StringComparison.Ordinal);
            Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
            Assert.True(html.Split("<script").Skip(1).All(s => s.StartsWith(" src=", StringComparison.Ordinal)), $"{path} has an inline script");
        }
    }

    [Fact]
    public void Links_every_page_to_its_yaml_source_and_states_audience_and_label()
    {
        var profile = Encoding.UTF8.GetString(Site.Value["jurisdictions/sg/index.html"]);
        Assert.Contains("href=\"https://github.com/damc-org/regknowledge/edit/main/content/jurisdictions/sg.yaml\"", profile, StringComparison.Ordinal);
        Assert.Contains("Built for the <strong>members</strong> audience", profile, StringComparison.Ordinal);
        Assert.Contains("Last reviewed <time datetime=\"2026-06-30\">30 June 2026</time>", profile, StringComparison.Ordinal);
    }
}
