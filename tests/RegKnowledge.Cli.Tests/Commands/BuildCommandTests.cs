using System.Text.Json;
using RegKnowledge.Testing;

namespace RegKnowledge.Cli.Tests.Commands;

/// <summary><c>regk build</c>'s pack choice and stage report. Packs travel in the site's atomic swap, so the site links exactly the packs it holds.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempContent content = TempContent.FromSample();
    private readonly TempContent output = TempContent.Empty();

    private string Site => Path.Combine(output.Root, "site");

    private IEnumerable<string> PackLinks() => Directory.EnumerateFiles(Site, "*.html", SearchOption.AllDirectories)
        .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "href=\"([^\"]*packs/[^\"]*)\"").Select(m => m.Groups[1].Value));

    [Fact]
    public void Html_packs_are_published_in_the_site_and_only_their_links_are_shown()
    {
        var run = CliRun.Of("build", "--content", content.Root, "--out", output.Root, "--packs", "html");
        Assert.True(run.ExitCode == ExitCodes.Success, run.Output + run.Error);

        var published = Directory.GetFiles(Path.Combine(Site, "packs")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(published);
        Assert.All(published, name => Assert.EndsWith(".html", name, StringComparison.Ordinal));
        Assert.All(published, name => Assert.Equal(File.ReadAllBytes(Path.Combine(output.Root, "packs", name!)), File.ReadAllBytes(Path.Combine(Site, "packs", name!))));
        var links = PackLinks().ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.EndsWith(".html", link, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_packs_the_site_has_no_pack_folder_and_no_pack_link()
    {
        var run = CliRun.Of("build", "--content", content.Root, "--out", output.Root, "--packs", "none");
        Assert.True(run.ExitCode == ExitCodes.Success, run.Output + run.Error);
        Assert.False(Directory.Exists(Path.Combine(Site, "packs")));
        Assert.Empty(PackLinks());
    }

    [Fact]
    public void Report_lists_every_stage_in_pipeline_order_with_its_time_and_peak_memory()
    {
        var report = Path.Combine(output.Root, "report.json");
        var run = CliRun.Of("build", "--content", content.Root, "--out", output.Root, "--packs", "html", "--report", report);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Output + run.Error);

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var stages = json.RootElement.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["load", "validate", "graph", "index", "browser export", "exports", "packs", "site"], stages.Select(s => s.GetProperty("stage").GetString()));
        Assert.All(stages, s => Assert.True(s.GetProperty("ms").GetDouble() >= 0 && s.GetProperty("peak_bytes").GetInt64() > 0));
        Assert.True(json.RootElement.GetProperty("counts").GetProperty("documents").GetInt64() > 0);
        Assert.True(json.RootElement.GetProperty("counts").GetProperty("packs").GetInt64() > 0);
    }

    [Fact]
    public void Unknown_pack_choice_is_a_usage_error()
    {
        var run = CliRun.Of("build", "--content", content.Root, "--out", output.Root, "--packs", "docx");
        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.False(Directory.Exists(Site));
    }

    public void Dispose()
    {
        content.Dispose();
        output.Dispose();
    }
}
