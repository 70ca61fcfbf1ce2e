using System.Globalization;
using RegKnowledge.Testing.Synthetic;

namespace RegKnowledge.Benchmarks;

/// <summary>Command-line options of the benchmark runner (hand-parsed: a handful of flags, no dependency needed).</summary>
internal sealed record BenchOptions(string Out, string? Regk, IReadOnlyList<SyntheticScale> Scales, int Seed, int Runs, TimeSpan Timeout)
{
    public const string Usage = """
        Usage:
          RegKnowledge.Benchmarks --out DIR --regk PATH [--scales 1,10,10k] [--seed N] [--runs N] [--timeout-minutes N]
              Generates a synthetic corpus per scale, runs each available regk stage on it as a child process,
              writes DIR/results.md and DIR/results.json. PATH is the regk app host, regk.dll, or the folder holding them.
          RegKnowledge.Benchmarks gen-corpus --out DIR --scale 1|10|10k|100 [--seed N]
              Only writes a synthetic content folder (DIR must be absent or empty).
          RegKnowledge.Benchmarks micro --out DIR
              BenchmarkDotNet, in process: load and load+validate of the 1× corpus; reports under DIR/micro.
        Scales: 1 (~1,300 documents, the starter's size), 10k (~10,000), 10 (~13,000), 100 (~47,000).
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            values[args[i][2..]] = args[++i];
        }

        var known = new[] { "out", "regk", "scales", "scale", "seed", "runs", "timeout-minutes" };
        foreach (var key in values.Keys.Where(k => !known.Contains(k)))
        {
            throw new ArgumentException($"unknown option '--{key}'");
        }

        var scales = (values.GetValueOrDefault("scales") ?? values.GetValueOrDefault("scale") ?? "1,10,10k")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(SyntheticScale.Parse)
            .ToList();
        return new BenchOptions(
            values.GetValueOrDefault("out") ?? throw new ArgumentException("--out is required"),
            values.GetValueOrDefault("regk"),
            scales,
            Number(values, "seed", 1),
            Math.Max(1, Number(values, "runs", 3)),
            TimeSpan.FromMinutes(Number(values, "timeout-minutes", 30)));
    }

    private static int Number(Dictionary<string, string> values, string key, int fallback) =>
        values.TryGetValue(key, out var text) ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
}
