using System.Text.Json;
using RegKnowledge.Testing;

namespace RegKnowledge.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Clean_content_exits_zero()
    {
        using var temp = TempContent.FromSample();
        var run = CliRun.Of("validate", "--content", temp.Root);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("0 error(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_errors_exit_one_with_file_line_column()
    {
        using var temp = TempContent.FromSample();
        temp.Write("governance/council.yaml", temp.Read("governance/council.yaml").Replace("kind: council", "kind: council\nkind: council", StringComparison.Ordinal));
        var run = CliRun.Of("validate", "--content", temp.Root);
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("governance/council.yaml:5:1: error RK1002:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var run = CliRun.Of("validate", "--no-such-option");
        Assert.Equal(ExitCodes.UsageOrInternal, run.ExitCode);
        Assert.Contains("regk:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.UsageOrInternal, CliRun.Of("validate", "--format", "xml").ExitCode);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("stats")]
    [InlineData("schema")]
    public void Every_command_has_help(string command)
    {
        var run = CliRun.Of(command, "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_content_folder_is_reported_not_thrown()
    {
        var run = CliRun.Of("validate", "--content", Path.Combine(Path.GetTempPath(), "regk-no-such-folder"));
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("RK1022", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_format_escapes_annotations()
    {
        using var temp = TempContent.FromSample();
        temp.Write("governance/council.yaml", "id: council\nname: A, b\nkind: council\nremit: r\nbad_key: 1\n");
        var run = CliRun.Of("validate", "--content", temp.Root, "--format", "github");
        var line = run.Output.Split('\n').Single(l => l.Contains("RK1003", StringComparison.Ordinal));
        Assert.StartsWith("::error file=", line, StringComparison.Ordinal);
        Assert.Contains(",line=5,col=1,title=RK1003::", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_sarif_formats_are_well_formed()
    {
        using var temp = TempContent.FromSample();
        temp.Write("governance/council.yaml", "id: council\nname: x\nkind: council\nremit: r\nbad_key: 1\n");
        using var json = JsonDocument.Parse(CliRun.Of("validate", "--content", temp.Root, "--format", "json").Output);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("RK1003", first.GetProperty("code").GetString());
        Assert.Equal(5, first.GetProperty("line").GetInt32());

        using var sarif = JsonDocument.Parse(CliRun.Of("validate", "--content", temp.Root, "--format", "sarif").Output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("RK1003", result.GetProperty("ruleId").GetString());
        Assert.Equal(5, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }
}
