using System.Text.Json;
using RegKnowledge.Cli;
using RegKnowledge.Search.Tests.Indexing;
using RegKnowledge.Testing;

namespace RegKnowledge.Search.Tests.Cli;

/// <summary>Given the sample content, regk search and regk index behave as documented, with regk's exit codes.</summary>
public sealed class SearchCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Search_from_content_prints_ranked_results_with_marked_hits_and_site_urls()
    {
        var (exit, output, error) = Run("search", "travel rule Singapore", "--content", Fixtures.SampleContent, "--kind", "stance");
        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("Singapore: AML/CFT and the travel rule  (stance | sg | aml-cft | ", output, StringComparison.Ordinal);
        Assert.Contains("[travel rule]", output, StringComparison.Ordinal);
        Assert.Contains("jurisdictions/sg/#topic-aml-cft", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_gives_plain_snippets_with_hit_offsets()
    {
        var (exit, output, _) = Run("search", "transfers", "--content", Fixtures.SampleContent, "--format", "json", "--top", "3");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.GetProperty("results");
        Assert.InRange(results.GetArrayLength(), 1, 3);
        foreach (var result in results.EnumerateArray())
        {
            var snippet = result.GetProperty("snippet");
            var text = snippet.GetProperty("text").GetString()!;
            foreach (var hit in snippet.GetProperty("hits").EnumerateArray())
            {
                Assert.StartsWith("transfer", text.Substring(hit.GetProperty("start").GetInt32(), hit.GetProperty("length").GetInt32()), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [InlineData("\"travel rule", "the quote at column 1 is never closed")]
    [InlineData("custody AND", "'AND' at column 9 needs a search term after it")]
    [InlineData("the", "no searchable words")]
    public void A_malformed_query_is_one_line_on_stderr_and_exit_2(string query, string message)
    {
        var (exit, output, error) = Run("search", query, "--content", Fixtures.SampleContent);
        Assert.Equal(ExitCodes.UsageOrInternal, exit);
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_built_by_regk_index_answers_like_the_content()
    {
        using var temp = new TempFolder();
        var (indexExit, indexOutput, _) = Run("index", "--content", Fixtures.SampleContent, "--out", temp.In("index"), "--audience", "staff");
        Assert.Equal(0, indexExit);
        Assert.Contains("for audience 'staff'", indexOutput, StringComparison.Ordinal);
        var fromIndex = Run("search", "custody", "--index", temp.In("index"), "--format", "json");
        var fromContent = Run("search", "custody", "--content", Fixtures.SampleContent, "--audience", "staff", "--format", "json");
        Assert.Equal(0, fromIndex.Exit);
        Assert.Equal(fromContent.Output, fromIndex.Output);
    }

    [Theory]
    [InlineData("search", "custody", "--index", "/nonexistent/regk-index")]
    [InlineData("search", "custody", "--kind", "article")]
    [InlineData("search", "custody", "--top", "0")]
    [InlineData("search", "custody", "--audience", "everyone")]
    [InlineData("search", "custody", "--index", "x", "--audience", "staff")]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var full = args.Contains("--index") ? args : [.. args, "--content", Fixtures.SampleContent];
        var (exit, _, error) = Run(full);
        Assert.Equal(ExitCodes.UsageOrInternal, exit);
        Assert.StartsWith("regk: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_with_errors_exits_1()
    {
        using var temp = TempContent.FromSample();
        temp.Write("jurisdictions/sg.yaml", temp.Read("jurisdictions/sg.yaml").Replace("region: asia-pacific", "region: nowhere", StringComparison.Ordinal));
        var (exit, _, error) = Run("search", "custody", "--content", temp.Root);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("run 'regk validate'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_value_nothing_carries_is_warned_about()
    {
        var (exit, _, error) = Run("search", "custody", "--content", Fixtures.SampleContent, "--jurisdiction", "xx");
        Assert.Equal(0, exit);
        Assert.Contains("warning: no indexed document has jurisdiction 'xx'", error, StringComparison.Ordinal);
    }
}
