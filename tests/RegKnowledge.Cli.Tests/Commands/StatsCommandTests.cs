using System.Text.Json;
using RegKnowledge.Testing;

namespace RegKnowledge.Cli.Tests.Commands;

public sealed class StatsCommandTests
{
    [Fact]
    public void Json_counts_each_kind_of_the_sample()
    {
        using var temp = TempContent.FromSample();
        var run = CliRun.Of("stats", "--content", temp.Root, "--format", "json");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("jurisdictions").GetInt32());
        Assert.Equal(3, root.GetProperty("topics").GetInt32());
        Assert.Equal(6, root.GetProperty("stances").GetInt32());
        Assert.Equal(1, root.GetProperty("standards").GetInt32());
        Assert.Equal(2, root.GetProperty("clauses").GetInt32());
        Assert.Equal(4, root.GetProperty("mappings").GetInt32());
        Assert.Equal(1, root.GetProperty("guidance").GetInt32());
        Assert.Equal(1, root.GetProperty("engagements").GetInt32());
        Assert.Equal(0, root.GetProperty("stances_without_source").GetInt32());
        Assert.Equal(1, root.GetProperty("unknown_stances").GetInt32());
    }
}
