using System.Diagnostics;
using RegKnowledge.Content.Graph;
using RegKnowledge.Search.Indexing;
using RegKnowledge.Search.Querying;

namespace RegKnowledge.Search.Measurement;

/// <summary>Timings of one measurement run; durations in milliseconds.</summary>
/// <param name="Documents">Documents indexed.</param>
/// <param name="IndexBuildMs">Building the index in memory (documents, analysis, one segment), best of the builds.</param>
/// <param name="IndexWriteMs">Building it on disk with <see cref="SearchIndexBuilder.Build"/> (staging folder and swap), or null when not asked.</param>
/// <param name="Searches">Timed searches (queries × rounds, after one warm-up round).</param>
/// <param name="P50Ms">Median search latency.</param>
/// <param name="P95Ms">95th percentile search latency.</param>
/// <param name="MaxMs">Slowest search.</param>
public sealed record SearchTimingReport(int Documents, double IndexBuildMs, double? IndexWriteMs, int Searches, double P50Ms, double P95Ms, double MaxMs);

/// <summary>Times index builds and searches on a graph, for benchmarks and reports (never for assertions in tests).</summary>
public static class SearchTimings
{
    /// <summary>Builds the index of <paramref name="graph"/> <paramref name="builds"/> times, then runs every query
    /// <paramref name="rounds"/> times after a warm-up round, with snippets as <c>regk search</c> shows them. When
    /// <paramref name="indexDirectory"/> is given, also times an on-disk build into it (replacing an index there).</summary>
    public static SearchTimingReport Measure(KnowledgeGraph graph, IReadOnlyList<string> queries, int rounds = 5, int builds = 3, string? indexDirectory = null, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(queries);
        var buildMs = double.MaxValue;
        Lucene.Net.Store.Directory? index = null;
        for (var i = 0; i < Math.Max(1, builds); i++)
        {
            index?.Dispose();
            var watch = Stopwatch.StartNew();
            index = SearchIndexBuilder.BuildInMemory(graph);
            buildMs = Math.Min(buildMs, watch.Elapsed.TotalMilliseconds);
        }

        double? writeMs = null;
        if (indexDirectory is not null)
        {
            var watch = Stopwatch.StartNew();
            SearchIndexBuilder.Build(graph, indexDirectory);
            writeMs = watch.Elapsed.TotalMilliseconds;
        }

        using (index)
        using (var service = SearchService.Open(index!))
        {
            var latencies = new List<double>();
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var query in queries)
                {
                    var watch = Stopwatch.StartNew();
                    service.Search(query, top: top);
                    if (round > 0)
                    {
                        latencies.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
            }

            latencies.Sort();
            return new SearchTimingReport(service.DocumentCount, buildMs, writeMs, latencies.Count,
                Percentile(latencies, 0.50), Percentile(latencies, 0.95), latencies.Count == 0 ? 0 : latencies[^1]);
        }
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
