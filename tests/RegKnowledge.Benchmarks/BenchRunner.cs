using System.Diagnostics;
using System.Globalization;
using RegKnowledge.Testing.Synthetic;

namespace RegKnowledge.Benchmarks;

/// <summary>Generates each scale's corpus and times every available stage of the real CLI on it, as child processes.</summary>
internal static class BenchRunner
{
    public static int Run(BenchOptions options, TextWriter log)
    {
        var regk = RegkProgram.Locate(options.Regk);
        log.WriteLine($"regk: {regk.Shown} (commands: {string.Join(", ", regk.Commands.Order(StringComparer.Ordinal))})");
        var environment = new Dictionary<string, string>
        {
            // The corpus is fresh on its reference date; pinning the build clock keeps staleness warnings (and timings) stable.
            ["SOURCE_DATE_EPOCH"] = SyntheticCorpus.ReferenceEpochSeconds.ToString(CultureInfo.InvariantCulture),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };

        var outFolder = Path.GetFullPath(options.Out);
        var scales = new List<ScaleResult>();
        var memoryMethod = "none";
        foreach (var scale in options.Scales)
        {
            var content = Path.Combine(outFolder, "corpora", scale.Name);
            DeleteFolder(content);
            var watch = Stopwatch.StartNew();
            var corpus = SyntheticCorpus.Write(content, scale, options.Seed);
            var generation = watch.Elapsed.TotalSeconds;
            log.WriteLine($"scale {scale.Name}: {corpus.Files:N0} files, {corpus.Bytes / 1048576.0:F1} MiB, {corpus.Documents:N0} documents (generated in {generation:F1} s)");

            var stages = new List<StageResult>();
            foreach (var stage in BenchStages.All)
            {
                if (!regk.Commands.Contains(stage.Command))
                {
                    stages.Add(new StageResult(stage.Name, stage.Command, Available: false, []));
                    continue;
                }

                var runs = new List<RunResult>();
                for (var i = 0; i < options.Runs; i++)
                {
                    var output = Path.Combine(outFolder, "runs", scale.Name, stage.Command);
                    DeleteFolder(output);
                    var run = regk.Run(stage.Arguments(new StageFolders(content, output)), options.Timeout, environment);
                    memoryMethod = run.MemoryMethod;
                    runs.Add(new RunResult(run.Elapsed.TotalSeconds, run.CpuSeconds, run.PeakMemoryBytes, run.ExitCode, run.TimedOut));
                    log.WriteLine($"  {stage.Name} #{i + 1}: {run.Elapsed.TotalSeconds:F2} s wall, {run.CpuSeconds:F2} s CPU, peak {Mib(run.PeakMemoryBytes)}, exit {run.ExitCode}{(run.TimedOut ? " (timed out)" : "")}");
                    if (run.ExitCode != 0)
                    {
                        log.WriteLine(Tail(run.Output + run.Error));
                    }
                }

                stages.Add(new StageResult(stage.Name, stage.Command, Available: true, runs));
            }

            scales.Add(new ScaleResult(scale.Name, corpus.Documents, corpus.Files, corpus.Bytes, generation, stages));
        }

        var results = new BenchResults(regk.Shown, options.Seed, options.Runs, memoryMethod, Machine(), scales);
        BenchReport.Write(outFolder, results);
        log.WriteLine($"wrote {Path.Combine(outFolder, "results.md")} and results.json");
        return scales.SelectMany(s => s.Stages).Any(s => s.Failed) ? 1 : 0;
    }

    internal static string Mib(long? bytes) => bytes is { } b ? $"{b / 1048576.0:F0} MiB" : "n/a";

    private static string Machine() =>
        $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : "…" + text[^2000..];
}
