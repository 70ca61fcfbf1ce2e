using RegKnowledge.Testing;

namespace RegKnowledge.Packs.Tests.Composition;

public sealed class PackRequestTests
{
    [Theory]
    [InlineData("sg", null, new string[0], "pdf", "sg.pdf")]
    [InlineData("gb", "fca", new string[0], "html", "gb-fca.html")]
    [InlineData("sg", "mas", new[] { "stablecoins", "custody", "custody" }, "pdf", "sg-mas--custody+stablecoins.pdf")]
    public void File_names_follow_the_site_url_scheme(string jurisdiction, string? regulator, string[] topics, string extension, string expected) =>
        Assert.Equal(expected, new PackRequest(jurisdiction, regulator, topics).FileName(extension));

    [Fact]
    public void The_default_build_plans_one_pack_per_jurisdiction_and_one_per_regulator_where_there_are_several()
    {
        var plan = PackBuilder.Plan(PackGraphs.Load(Fixtures.StarterContent));

        Assert.Contains(plan, r => r is { Jurisdiction: "sg", Regulator: null });
        Assert.DoesNotContain(plan, r => r is { Jurisdiction: "sg", Regulator: not null });
        Assert.Contains(plan, r => r is { Jurisdiction: "gb", Regulator: null });
        Assert.Contains(plan, r => r is { Jurisdiction: "gb", Regulator: "fca" });
        Assert.True(plan.Count >= 20, $"{plan.Count} packs planned");
        Assert.Equal(plan.Count, plan.Select(r => r.FileName("pdf")).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("atlantis", null, null, "unknown jurisdiction 'atlantis'")]
    [InlineData("sg", "nobody", null, "'nobody' is not a regulator of Singapore")]
    [InlineData("sg", null, "weather", "unknown topic(s) weather")]
    public void Rejects_unknown_jurisdictions_regulators_and_topics(string jurisdiction, string? regulator, string? topic, string message)
    {
        var output = PackGraphs.TempFolder();
        try
        {
            var request = new PackRequest(jurisdiction, regulator, topic is null ? null : [topic]);

            var error = Assert.Throws<PackRequestException>(() =>
                PackBuilder.Build(PackGraphs.Load(Fixtures.SampleContent), [request], output, PackGraphs.Options(PackFormats.Html)));

            Assert.Contains(message, error.Message, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(output));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
