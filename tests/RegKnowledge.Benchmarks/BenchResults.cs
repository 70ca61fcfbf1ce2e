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
    public EndToEndResult? EndToEnd
    {
        get
        {
            var stages = BenchStages.EndToEnd.Select(Stage).OfType<StageResult>().ToList();
            return stages.Count == 0 ? null : new EndToEndResult(
                string.Join(" + ", stages.Select(s => s.Command)),
                stages.Sum(s => s.MedianSeconds ?? 0),
                stages.All(s => s.MedianCpuSeconds is not null) ? stages.Sum(s => s.MedianCpuSeconds!.Value) : null,
                stages.Max(s => s.PeakBytes));
        }
    }
}

/// <summary>The stages build.ps1 runs one after the other, added up.</summary>
internal sealed record EndToEndResult(string Stages, double Seconds, double? CpuSeconds, long? PeakBytes);

/// <summary>How a stage's time grew from one scale to a larger one.</summary>
internal sealed record GrowthResult(string Stage, string From, string To, double DocumentsRatio, double WallRatio, double? CpuRatio);

/// <summary>The whole benchmark: where it ran and what it measured.</summary>
internal sealed record BenchResults(string Regk, int Seed, int RunsPerStage, string MemoryMethod, string Machine, IReadOnlyList<ScaleResult> Scales)
{
    /// <summary>Time ratios for the scale pairs of <see cref="BenchStages.Growth"/> that were both measured.</summary>
    public IReadOnlyList<GrowthResult> Growth =>
        (from pair in BenchStages.Growth
         let a = Scales.FirstOrDefault(s => s.Scale == pair.Small)
         let b = Scales.FirstOrDefault(s => s.Scale == pair.Large)
         where a is not null && b is not null
         from stage in BenchStages.All
         let sa = a.Stage(stage.Command)
         let sb = b.Stage(stage.Command)
         where sa?.MedianSeconds > 0 && sb?.MedianSeconds is not null
         select new GrowthResult(stage.Name, pair.Small, pair.Large, (double)b.Documents / a.Documents, sb.MedianSeconds!.Value / sa.MedianSeconds!.Value,
             sa.MedianCpuSeconds > 0 && sb.MedianCpuSeconds is not null ? sb.MedianCpuSeconds.Value / sa.MedianCpuSeconds.Value : null))
        .ToList();
}
