using RegKnowledge.Cli;
using RegKnowledge.Testing;

namespace RegKnowledge.Site.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "regk-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Builds_the_default_audience_into_out_site_and_others_into_their_own_folder()
    {
        var members = Run("build", "--content", Fixtures.SampleContent, "--out", output);
        var staff = Run("build", "--content", Fixtures.SampleContent, "--out", output, "--audience", "staff");

        Assert.Equal((0, ""), (members.Exit, members.Error));
        Assert.Equal(0, staff.Exit);
        Assert.True(File.Exists(Path.Combine(output, "site", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "staff", "site", "index.html")));
        Assert.Contains("site (members): 27 pages", members.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Exits_1_on_content_errors_and_leaves_the_previous_site_alone()
    {
        Assert.Equal(0, Run("build", "--content", Fixtures.SampleContent, "--out", output).Exit);
        var before = File.ReadAllBytes(Path.Combine(output, "site", "index.html"));
        using var broken = TempContent.FromSample();
        broken.Write("jurisdictions/sg.yaml", broken.Read("jurisdictions/sg.yaml").Replace("region: asia-pacific", "region: atlantis", StringComparison.Ordinal));

        var result = Run("build", "--content", broken.Root, "--out", output);

        Assert.Equal(1, result.Exit);
        Assert.Contains("atlantis", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "site", "index.html")));
    }

    [Fact]
    public void Exits_2_for_an_unknown_audience() =>
        Assert.Equal(2, Run("build", "--content", Fixtures.SampleContent, "--out", output, "--audience", "everyone").Exit);
}
