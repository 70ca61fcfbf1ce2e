using System.Text.RegularExpressions;
using RegKnowledge.Testing;

namespace RegKnowledge.Packs.Tests.Rendering;

public sealed partial class PackHtmlTests : IDisposable
{
    private readonly string output = PackGraphs.TempFolder();

    public void Dispose() => Directory.Delete(output, recursive: true);

    private string BuildHtml(string folder, PackRequest request)
    {
        var result = PackBuilder.Build(PackGraphs.Load(Fixtures.SampleContent), [request], Path.Combine(output, folder), PackGraphs.Options(PackFormats.Html));
        return File.ReadAllText(Assert.Single(result.Files).Path);
    }

    [Fact]
    public void The_sample_Singapore_pack_matches_its_approved_snapshot()
    {
        var html = BuildHtml("a", new PackRequest("sg"));

        // The stylesheet has its own file; the snapshot is about what the pack says.
        var scrubbed = Style().Replace(html, "<style>/* Packs/pack.css */</style>");
        Approver.Verify(CspHash().Replace(scrubbed, "sha256-(pack.css)"), "sg");
    }

    [Fact]
    public void Same_content_and_date_give_byte_identical_html()
    {
        var first = BuildHtml("a", new PackRequest("gb"));
        var second = BuildHtml("b", new PackRequest("gb"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Is_one_self_contained_document_that_loads_nothing()
    {
        var html = BuildHtml("a", new PackRequest("sg"));

        Assert.Contains("default-src &#x27;none&#x27;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Links_guidance_to_the_full_article_on_the_site_with_an_absolute_url()
    {
        var html = BuildHtml("a", new PackRequest("sg"));

        Assert.Contains("href=\"https://damc-org.github.io/regknowledge/guidance/travel-rule-basics/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_a_pack_to_the_topics_asked_for_and_names_the_file_after_them()
    {
        var result = PackBuilder.Build(PackGraphs.Load(Fixtures.SampleContent), [new PackRequest("sg", "mas", ["custody"])], output, PackGraphs.Options(PackFormats.Html));
        var file = Assert.Single(result.Files);
        var html = File.ReadAllText(file.Path);

        Assert.Equal("sg-mas--custody.html", Path.GetFileName(file.Path));
        Assert.Contains("Custody and safekeeping", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Licensing and registration", html, StringComparison.Ordinal);
        // Both travel-rule clauses are about AML/CFT, not custody: nothing of that standard is in scope.
        Assert.DoesNotContain("trx-01", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Style();

    [GeneratedRegex("sha256-[A-Za-z0-9+/=]+")]
    private static partial Regex CspHash();
}
