using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RegKnowledge.Benchmarks;
using RegKnowledge.Benchmarks.BrowserSearch;
using RegKnowledge.Testing.Synthetic;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
try
{
    if (args.Length > 0 && args[0] == "gen-corpus")
    {
        var options = BenchOptions.Parse(args[1..]);
        var summary = SyntheticCorpus.Write(options.Out, options.Scales.Single(), options.Seed);
        Console.WriteLine($"wrote {summary.Files:N0} files ({summary.Bytes / 1024.0 / 1024.0:F1} MiB, {summary.Documents:N0} documents) to {options.Out}");
        return 0;
    }

    if (args.Length > 0 && args[0] == "browser-search")
    {
        return await BrowserSearchBench.Run(args[1..], Console.Out);
    }

    if (args.Length > 0 && args[0] == "micro")
    {
        // In-process toolchain: no generated project to build (it would fight central package management and lock files).
        var options = BenchOptions.Parse(args[1..]);
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(Path.GetFullPath(options.Out), "micro"));
        var summary = BenchmarkRunner.Run<LoaderMicroBenchmarks>(config);
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }

    if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(BenchOptions.Usage);
        return args.Length == 0 ? 2 : 0;
    }

    return BenchRunner.Run(BenchOptions.Parse(args), Console.Out);
}
catch (Exception ex) when (ex is ArgumentException or IOException or FormatException)
{
    Console.Error.WriteLine($"bench: {ex.Message}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}
