using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using RegKnowledge.Testing;

namespace RegKnowledge.Benchmarks.BrowserSearch;

/// <summary>The engine's CPU time per query, measured by engine-cpu.mjs in node (process CPU time, which a busy machine
/// inflates far less than wall time): cold first queries on fresh engines, and later queries on one engine.</summary>
internal static class EngineCpu
{
    public static (IReadOnlyList<double> First, IReadOnlyList<double> Later) Measure(string searchDirectory, IReadOnlyList<string> first, IReadOnlyList<string> later, string scratch)
    {
        var file = Path.Combine(scratch, "cpu-queries.json");
        File.WriteAllText(file, JsonSerializer.Serialize(first.Concat(later)));
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            Path.Combine(Fixtures.RepositoryRoot, "tests", "RegKnowledge.Benchmarks", "BrowserSearch", "engine-cpu.mjs"),
            Path.Combine(Fixtures.RepositoryRoot, "site-templates", "RegKnowledge.SiteTemplates", "Assets", "search"),
            searchDirectory, file, first.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var result = JsonNode.Parse(process.StandardOutput.ReadToEnd())!;
        process.WaitForExit();
        return (result["first"]!.AsArray().Select(n => (double)n!).ToList(), result["later"]!.AsArray().Select(n => (double)n!).ToList());
    }
}
