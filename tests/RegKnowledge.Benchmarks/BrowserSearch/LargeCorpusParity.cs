using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using RegKnowledge.Search.Querying;
using RegKnowledge.Testing;

namespace RegKnowledge.Benchmarks.BrowserSearch;

/// <summary>Ranking parity on the large corpus: the browser engine (node, over the exported files) against SearchService.</summary>
internal static class LargeCorpusParity
{
    public static (int Same, int Total) Check(string indexDirectory, string searchDirectory, IReadOnlyList<string> queries, string scratch)
    {
        var file = Path.Combine(scratch, "parity-queries.json");
        File.WriteAllText(file, JsonSerializer.Serialize(queries));
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            Path.Combine(Fixtures.RepositoryRoot, "tests", "RegKnowledge.Search.Tests", "BrowserExport", "node", "ranking-parity.mjs"),
            Path.Combine(Fixtures.RepositoryRoot, "site-templates", "RegKnowledge.SiteTemplates", "Assets", "search"),
            searchDirectory, file, "10",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var browser = JsonNode.Parse(process.StandardOutput.ReadToEnd())!.AsArray();
        process.WaitForExit();
        using var service = SearchService.Open(indexDirectory);
        var same = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var expected = string.Join(",", service.SearchIds(queries[i], 10));
            var actual = string.Join(",", browser[i]!["ids"]?.AsArray().Select(n => (string)n!) ?? []);
            same += expected == actual ? 1 : 0;
        }

        return (same, queries.Count);
    }
}
