using RegKnowledge.Cli;
using RegKnowledge.Testing;

namespace RegKnowledge.Packs.Tests.Cli;

[Collection(PrintedPacksCollection.Name)]
public sealed class PackCommandTests : IDisposable
{
    private readonly string output = PackGraphs.TempFolder();

    public void Dispose() => Directory.Delete(output, recursive: true);

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Writes_an_html_pack_for_one_regulator_and_topic()
    {
        var result = Run("pack", "--jurisdiction", "sg", "--regulator", "mas", "--topic", "custody", "--format", "html", "--content", Fixtures.SampleContent, "--out", output);

        Assert.Equal((0, ""), (result.Exit, result.Error));
        Assert.Contains("sg-mas--custody.html", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "sg-mas--custody.html")));
    }

    [Fact]
    public void Exits_2_with_the_known_ids_for_an_unknown_jurisdiction()
    {
        var result = Run("pack", "--jurisdiction", "atlantis", "--format", "html", "--content", Fixtures.SampleContent, "--out", output);

        Assert.Equal(2, result.Exit);
        Assert.Contains("unknown jurisdiction 'atlantis'; known: gb, sg", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exits_2_with_the_install_command_and_no_stack_trace_when_chromium_is_missing()
    {
        var result = Run("pack", "--jurisdiction", "sg", "--content", Fixtures.SampleContent, "--out", output, "--chromium", "/nonexistent/chromium");

        Assert.Equal(2, result.Exit);
        Assert.Contains("sudo apt-get install -y chromium", result.Error, StringComparison.Ordinal);
        Assert.Contains("--format html", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    [Fact]
    public void Build_writes_every_pack_beside_the_site_and_into_it_where_the_profiles_link()
    {
        var result = Run("build", "--content", Fixtures.SampleContent, "--out", output);

        Assert.Equal((0, ""), (result.Exit, result.Error));
        Assert.Contains("packs (members): 2 packs", result.Out, StringComparison.Ordinal);
        foreach (var name in new[] { "sg.pdf", "sg.html", "gb.pdf", "gb.html" })
        {
            Assert.True(File.Exists(Path.Combine(output, "packs", name)), name);
            Assert.Equal(File.ReadAllBytes(Path.Combine(output, "packs", name)), File.ReadAllBytes(Path.Combine(output, "site", "packs", name)));
        }

        var profile = File.ReadAllText(Path.Combine(output, "site", "jurisdictions", "sg", "index.html"));
        Assert.Contains("href=\"../../packs/sg.pdf\"", profile, StringComparison.Ordinal);
        Assert.Contains("href=\"../../packs/sg.html\"", profile, StringComparison.Ordinal);
    }
}
