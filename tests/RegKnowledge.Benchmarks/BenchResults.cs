namespace RegKnowledge.Benchmarks;

/// <summary>One timed run of one stage; <see cref="Steps"/> are the pipeline steps <c>regk build --report</c> timed inside it.</summary>
internal sealed record RunResult(double WallSeconds, double? CpuSeconds, long? PeakBytes, int ExitCode, bool TimedOut, IReadOnlyList<StepTime> Steps);

/// <summary>One pipeline step inside a build run: its wall time and the process's peak resident memory when it ended.</summary>
internal sealed record StepTime(string Step, double Milliseconds, long PeakBytes);

/// <summary>A stage at one scale: every run, the median wall time and the highest peak memory.</summary>
internal sealed record StageResult(string Name, string Command, bool Available, IReadOnlyList<RunResult> Runs)
{
    /// <summary>Per step, the median of the runs' times (empty for stages that report no steps).</summary>
    public IReadOnlyList<StepTime> MedianSteps => Runs.Count == 0 || Runs[0].Steps.Count == 0
        ? []
        : Runs[0].Steps.Select((step, i) => new StepTime(step.Step,
            Median(Runs.Where(r => r.Steps.Count > i).Select(r => (double?)r.Steps[i].Milliseconds)) ?? 0,
            Runs.Where(r => r.Steps.Count > i).Max(r => r.Steps[i].PeakBytes))).ToList();

    public double? MedianSeconds => Median(Runs.Select(r => (double?)r.WallSeconds));
    public double? MedianCpuSeconds => Median(Runs.Select(r => r.CpuSeconds));
    public long? PeakBytes => Runs.Max(r => r.PeakBytes);
    public bool Failed => Runs.Any(r => r.ExitCode != 0 || r.TimedOut);

    internal static double? Median(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().Order().ToList();
        return known.Count == 0 ? null : known[known.Count / 2];
    }
}

/// <summary>A scale: the corpus generated and the stages measured on it.</summary>
internal sealed record ScaleResult(string Scale, int Documents, int Files, long Bytes, double GenerationSeconds, IReadOnlyList<StageResult> Stages,
    SearchLatency? Search, ServeRebuild? Serve)
{
    public StageResult? Stage(string name) => Stages.FirstOrDefault(s => s.Name == name && s.Available);

    /// <summary>Sum of the end-to-end stages' medians, and the highest of their peaks; null when none is available.</summary>
    public EndToEndResult? EndToEnd
    {
        get
        {
            var stages = BenchStages.EndToEnd.Select(Stage).OfType<StageResult>().ToList();
            return stages.Count == 0 ? null : new EndToEndResult(
                string.Join(" + ", stages.Select(s => s.Name)),
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
         let sa = a.Stage(stage.Name)
         let sb = b.Stage(stage.Name)
         where sa?.MedianSeconds > 0 && sb?.MedianSeconds is not null
         select new GrowthResult(stage.Name, pair.Small, pair.Large, (double)b.Documents / a.Documents, sb.MedianSeconds!.Value / sa.MedianSeconds!.Value,
             sa.MedianCpuSeconds > 0 && sb.MedianCpuSeconds is not null ? sb.MedianCpuSeconds.Value / sa.MedianCpuSeconds.Value : null))
        .ToList();
}

/// <summary>Queries on the built Lucene index, in process: the first query after opening it, then later queries with highlighted snippets.</summary>
internal sealed record SearchLatency(int Documents, int Queries, double FirstMs, double P50Ms, double P95Ms, double IdsOnlyP50Ms);

/// <summary><c>regk serve</c> rebuilding after one content file changed: what it logs as its rebuild time, and the wall time from the
/// write to that log line (includes the watcher's 150 ms debounce).</summary>
internal sealed record ServeRebuild(int Edits, double RebuildP50Ms, double RebuildMaxMs, double WallP50Ms, double InitialBuildMs);
