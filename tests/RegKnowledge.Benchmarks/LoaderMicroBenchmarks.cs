using BenchmarkDotNet.Attributes;
using RegKnowledge.Content.Load;
using RegKnowledge.Content.Validate;
using RegKnowledge.Testing;
using RegKnowledge.Testing.Synthetic;

namespace RegKnowledge.Benchmarks;

/// <summary>In-process micro-benchmarks of load and validate on the 1× synthetic corpus, for work on the loader itself
/// (the CLI benchmark shows load is most of <c>regk validate</c>, and YamlDotNet's scanner most of load).</summary>
[MemoryDiagnoser]
public class LoaderMicroBenchmarks
{
    private TempContent? corpus;

    [GlobalSetup]
    public void WriteCorpus()
    {
        corpus = TempContent.Empty();
        SyntheticCorpus.Write(corpus.Root, SyntheticScale.One, seed: 1);
    }

    [GlobalCleanup]
    public void DeleteCorpus() => corpus?.Dispose();

    [Benchmark(Baseline = true)]
    public LoadResult Load() => ContentLoader.Load(corpus!.Root);

    [Benchmark]
    public CheckedContent LoadAndValidate() => CheckedContent.From(corpus!.Root, new FakeClock(SyntheticCorpus.ReferenceDate));
}
