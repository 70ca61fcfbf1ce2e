using System.Diagnostics;
using RegKnowledge.Search.Querying;

namespace RegKnowledge.Benchmarks;

/// <summary>Times queries on an index a build wrote, in process, so process start and JIT of the CLI do not hide the engine's cost.</summary>
/// <remarks>The queries mix single words, phrases, prefixes, Boolean syntax and the domain's synonyms, all words the synthetic prose uses.</remarks>
internal static class SearchLatencyMeter
{
    private static readonly string[] Queries =
    [
        "custody", "travel rule", "\"travel rule\"", "stablecoin reserve", "cold storage", "market abuse", "licensing", "licence",
        "authorisation", "proof of reserves", "custod*", "stak*", "VASP", "CASP", "MiCA white paper", "sanctions screening",
        "redemption at par", "insider dealing", "AML/CFT", "self-hosted wallet", "custody AND segregation", "staking -lending",
        "consultation deadline", "capital requirement", "\"private key\" custody", "DeFi protocol", "unhosted wallet", "tax reporting",
    ];

    private const int Rounds = 10;

    public static SearchLatency Measure(string indexDirectory)
    {
        using var service = SearchService.Open(indexDirectory);
        var first = Stopwatch.StartNew();
        var documents = service.Search(Queries[0]).TotalHits;
        var firstMs = first.Elapsed.TotalMilliseconds;
        foreach (var query in Queries)
        {
            service.Search(query); // warm each query's code paths once; the rounds below are what a running server sees
        }

        var full = Time(query => service.Search(query));
        var idsOnly = Time(query => service.SearchIds(query));
        return new SearchLatency(documents, Queries.Length * Rounds, firstMs, Percentile(full, 0.5), Percentile(full, 0.95), Percentile(idsOnly, 0.5));
    }

    private static List<double> Time(Action<string> run)
    {
        var times = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var query in Queries)
            {
                var started = Stopwatch.GetTimestamp();
                run(query);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        times.Sort();
        return times;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
