using System.Text.Json;
using System.Text.Json.Nodes;
using RegKnowledge.Search.Documents;
using RegKnowledge.Search.Querying;
using Xunit.Abstractions;

namespace RegKnowledge.Search.Tests.BrowserExport;

/// <summary>The browser engine (JavaScript, over the exported files) returns SearchService's top ten, in the same order.</summary>
[Collection(StarterExportCollection.Name)]
public sealed class RankingParityTests(StarterExport export, ITestOutputHelper output)
{
    /// <summary>Share of queries whose top ten must be identical.</summary>
    private const double Required = 0.99;

    [Fact]
    public void Browser_engine_returns_the_same_top_ten_as_SearchService()
    {
        var queries = ParityQueries.All(GraphDocuments.From(TestGraphs.Starter()));
        Assert.True(queries.Count >= 200, $"only {queries.Count} parity queries");
        var file = export.TempFile("parity-queries.json");
        File.WriteAllText(file, JsonSerializer.Serialize(queries));
        var browser = JsonNode.Parse(NodeScript.Script("ranking-parity.mjs", NodeScript.ClientFolder, export.SearchDirectory, file, "10"))!.AsArray();

        using var service = SearchService.Open(export.IndexDirectory);
        var different = new List<string>();
        for (var i = 0; i < queries.Count; i++)
        {
            var expected = Expected(service, queries[i]);
            var actual = browser[i]!["error"] is { } error ? $"error: {error}" : string.Join(", ", browser[i]!["ids"]!.AsArray().Select(n => (string)n!));
            if (expected != actual)
            {
                different.Add($"{queries[i]}\n  C#: {expected}\n  JS: {actual}");
            }
        }

        var same = queries.Count - different.Count;
        output.WriteLine($"ranking parity: {same} of {queries.Count} queries have the same top 10 in the same order ({100.0 * same / queries.Count:0.0}%)");
        foreach (var difference in different)
        {
            output.WriteLine(difference);
        }

        Assert.True(same >= Required * queries.Count, $"{different.Count} of {queries.Count} queries differ:\n{string.Join('\n', different.Take(20))}");
    }

    private static string Expected(SearchService service, string query)
    {
        try
        {
            return string.Join(", ", service.SearchIds(query, 10));
        }
        catch (SearchQueryException ex)
        {
            return $"error: {ex.Message}";
        }
    }
}
