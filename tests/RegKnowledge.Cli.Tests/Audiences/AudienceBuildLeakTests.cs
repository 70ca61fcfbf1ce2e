using RegKnowledge.Model.Common;
using RegKnowledge.Testing;

namespace RegKnowledge.Cli.Tests.Audiences;

/// <summary>Builds the canary content for each audience and searches every byte of every output (site, feeds, sitemap, exports,
/// Lucene index terms and stored fields) for canaries above the audience's ceiling. None may appear; those at or below must.</summary>
public sealed class AudienceBuildLeakTests : IDisposable
{
    private readonly TempContent output = TempContent.Empty();

    public static TheoryData<string, Tlp> Audiences() => new() { { "public", Tlp.Clear }, { "members", Tlp.Green }, { "staff", Tlp.AmberStrict } };

    private string Build(string audience)
    {
        var run = CliRun.Of("build", "--content", Canaries.Content, "--out", output.Root, "--audience", audience);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Output + run.Error);
        // The default audience (members) builds at the root; every other audience in a folder of its own.
        return audience == "members" ? output.Root : Path.Combine(output.Root, audience);
    }

    [Theory]
    [MemberData(nameof(Audiences))]
    public void No_output_of_an_audience_contains_a_canary_above_its_ceiling(string audience, Tlp ceiling)
    {
        var root = Build(audience);
        var leaks = new List<string>();
        foreach (var folder in new[] { "site", "exports" }.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            leaks.AddRange(Canaries.LeaksIn(folder, ceiling));
        }

        var index = IndexDump.Of(Path.Combine(root, "index")).ToLowerInvariant();
        leaks.AddRange(Canaries.Above(ceiling).Where(w => index.Contains(w, StringComparison.Ordinal)).Select(w => "index: " + w));
        Assert.True(leaks.Count == 0, "leaked: " + string.Join(", ", leaks));

        // The search can find what it looks for: every canary the audience may see is in its site and index.
        var site = string.Concat(Directory.EnumerateFiles(Path.Combine(root, "site"), "*.html", SearchOption.AllDirectories).Select(File.ReadAllText)).ToLowerInvariant();
        Assert.All(Canaries.AtOrBelow(ceiling), w => Assert.True(site.Contains(w, StringComparison.Ordinal) || index.Contains(w, StringComparison.Ordinal), $"{w} should be visible to {audience}"));
    }

    [Fact]
    public void Each_audience_builds_into_its_own_root()
    {
        Build("public");
        Build("members");
        Assert.True(Directory.Exists(Path.Combine(output.Root, "public", "site")));
        Assert.True(Directory.Exists(Path.Combine(output.Root, "site")));
        Assert.False(Directory.Exists(Path.Combine(output.Root, "public", "public")));
    }

    [Fact]
    public void Footer_states_the_audience()
    {
        var root = Build("public");
        var home = File.ReadAllText(Path.Combine(root, "site", "index.html"));
        Assert.Contains("public", home, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("TLP:CLEAR", home, StringComparison.Ordinal);
    }

    public void Dispose() => output.Dispose();
}
