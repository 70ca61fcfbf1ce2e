namespace RegKnowledge.Benchmarks;

/// <summary>One timed run of one stage.</summary>
internal sealed record RunResult(double WallSeconds, double? CpuSeconds, long? PeakBytes, int ExitCode, bool TimedOut);

/// <summary>A stage at one scale: every run, the median wall time and the highest peak memory.</summary>
internal sealed record StageResult(string Name, string Command, bool Available, IReadOnlyList<RunResult> Runs)
{
    public double? MedianSeconds => Median(Runs.Select(r => (double?)r.WallSeconds));
    public double? MedianCpuSeconds => Median(Runs.Select(r => r.CpuSeconds));
    public long? PeakBytes => Runs.Max(r => r.PeakBytes);
    public bool Failed => Runs.Any(r => r.ExitCode != 0 || r.TimedOut);

    private static double? Median(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().Order().ToList();
        return known.Count == 0 ? null : known[known.Count / 2];
    }
}

/// <summary>A scale: the corpus generated and the stages measured on it.</summary>
internal sealed record ScaleResult(string Scale, int Documents, int Files, long Bytes, double GenerationSeconds, IReadOnlyList<StageResult> Stages)
{
    public StageResult? Stage(string command) => Stages.FirstOrDefault(s => s.Command == command && s.Available);

    /// <summary>Sum of the end-to-end stages' medians, and the highest of their peaks; null when none is available.</summary>
    public (double Seconds, double? CpuSeconds, long? PeakBytes, string Label)? EndToEnd()
    {
        var stages = BenchStages.EndToEnd.Select(Stage).OfType<StageResult>().ToList();
        return stages.Count == 0 ? null
            : (stages.Sum(s => s.MedianSeconds ?? 0), stages.All(s => s.MedianCpuSeconds is not null) ? stages.Sum(s => s.MedianCpuSeconds!.Value) : null,
                stages.Max(s => s.PeakBytes), string.Join(" + ", stages.Select(s => s.Command)));
    }
}

/// <summary>The whole benchmark: where it ran and what it measured.</summary>
internal sealed record BenchResults(string Regk, int Seed, int RunsPerStage, string MemoryMethod, string Machine, IReadOnlyList<ScaleResult> Scales);
