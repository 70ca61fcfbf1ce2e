using RegKnowledge.Cli;
using RegKnowledge.Testing;
using RegKnowledge.Workflow.Tests.Diff;

namespace RegKnowledge.Workflow.Tests.Commands;

/// <summary>The regk diff, new and export commands end to end, through the same entry point as the executable: output and exit codes.</summary>
/// <remarks>They live here rather than in a CLI test project because the behaviour under test is the workflow's.</remarks>
public sealed class WorkflowCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Diff_prints_markdown_and_exits_0_when_the_head_is_clean()
    {
        using var repository = ScriptedRepository.WithSampleContent();
        repository.Edit("jurisdictions/gb.yaml", "level: developing", "level: regulated");

        var (exit, output, _) = Run("diff", "main", "--content", repository.Content);

        Assert.Equal(0, exit);
        Assert.Contains("- **United Kingdom / licensing**: developing → regulated", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_exits_1_when_the_head_has_errors_and_2_for_an_unknown_revision()
    {
        using var repository = ScriptedRepository.WithSampleContent();
        repository.Edit("jurisdictions/gb.yaml", "level: developing", "level: developping");

        var (exit, output, _) = Run("diff", "main", "--content", repository.Content, "--format", "json");
        var (badExit, _, badError) = Run("diff", "nope", "--content", repository.Content);

        Assert.Equal(1, exit);
        Assert.Contains("\"head_errors\": 1", output, StringComparison.Ordinal);
        Assert.Equal(2, badExit);
        Assert.Contains("unknown revision 'nope'", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void New_creates_a_file_and_refuses_to_overwrite_it_with_exit_2()
    {
        using var temp = TempContent.FromSample();

        var (exit, output, _) = Run("new", "guidance", "custody-basics", "--content", temp.Root);
        var (again, _, error) = Run("new", "guidance", "custody-basics", "--content", temp.Root);
        var (validate, _, _) = Run("validate", "--content", temp.Root);

        Assert.Equal(0, exit);
        Assert.Contains("guidance/custody-basics.yaml", output, StringComparison.Ordinal);
        Assert.Equal(2, again);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal(0, validate);
    }

    [Fact]
    public void Export_writes_the_requested_format_for_the_audience()
    {
        var folder = Directory.CreateTempSubdirectory("regk-export-");
        try
        {
            var (exit, output, _) = Run("export", "--format", "oscal", "--audience", "public", "--content", Fixtures.SampleContent, "--out", folder.FullName);
            var (staffExit, _, _) = Run("export", "--format", "oscal", "--audience", "staff", "--content", Fixtures.SampleContent, "--out", folder.FullName);
            var (badAudience, _, badError) = Run("export", "--audience", "everyone", "--content", Fixtures.SampleContent, "--out", folder.FullName);

            Assert.Equal((0, 0, 2), (exit, staffExit, badAudience));
            Assert.Contains("no mapping is visible to 'public'", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder.FullName, "oscal-mapping-collection.json")));
            Assert.Contains("unknown audience 'everyone'", badError, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Export_refuses_content_with_errors()
    {
        using var temp = TempContent.FromSample();
        temp.Write("jurisdictions/sg.yaml", temp.Read("jurisdictions/sg.yaml").Replace("region: asia-pacific", "region: nowhere", StringComparison.Ordinal));

        var (exit, _, error) = Run("export", "--format", "csv", "--content", temp.Root, "--out", Path.Combine(temp.Root, "out"));

        Assert.Equal(1, exit);
        Assert.Contains("fix them", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Root, "out")));
    }
}
