using System.Globalization;
using System.Text;
using RegKnowledge.Content.Graph;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.Documents;
using RegKnowledge.Search.Indexing;
using RegKnowledge.Search.Querying;

namespace RegKnowledge.Search.Tests.Relevance;

/// <summary>Runs the judged set against the starter content for an analysis profile and field weights.</summary>
public static class RelevanceRun
{
    private static readonly Dictionary<AnalysisProfile, Lucene.Net.Store.Directory> Indexes = [];
    private static readonly Lock Gate = new();

    /// <summary>The starter content graph (default audience).</summary>
    public static KnowledgeGraph Graph => TestGraphs.Starter();

    /// <summary>Judged queries restricted to documents the index holds, and the judged ids it lacks.</summary>
    public static (IReadOnlyList<JudgedQuery> Usable, IReadOnlyList<string> MissingIds) Judgements()
    {
        var known = GraphDocuments.From(Graph).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var all = JudgedQueries.Load();
        var missing = all.SelectMany(q => q.All).Where(id => !known.Contains(id)).Distinct().Order(StringComparer.Ordinal).ToList();
        var usable = all.Select(q => q.Restricted(known)).Where(q => q.All.Any()).ToList();
        return (usable, missing);
    }

    public static RelevanceSummary Measure(AnalysisProfile profile, RankingWeights weights, string? name = null)
    {
        var (queries, _) = Judgements();
        using var service = SearchService.Open(Index(profile), weights);
        var scores = queries.Select(q => RelevanceMetrics.Score(q, service.SearchIds(q.Query, 10))).ToList();
        return RelevanceMetrics.Summarise(name ?? profile.Name, scores);
    }

    /// <summary>The ranked ids of <paramref name="query"/> on the domain index.</summary>
    public static IReadOnlyList<string> Ranked(string query, int top = 10)
    {
        using var service = SearchService.Open(Index(AnalysisProfile.Domain));
        return service.SearchIds(query, top);
    }

    public static string Table(IEnumerable<RelevanceSummary> rows)
    {
        var table = new StringBuilder("| run | nDCG@10 | recall@10 | expectations met | queries |\n|---|---|---|---|---|\n");
        foreach (var row in rows)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {row.Name} | {row.NdcgAt10:F3} | {row.RecallAt10:F3} | {row.ExpectationsMet:F3} | {row.Queries} |\n");
        }

        return table.ToString();
    }

    /// <summary>Writes <paramref name="text"/> to artifacts/search/<paramref name="file"/> (ignored by git) and returns the path.</summary>
    public static string Save(string file, string text)
    {
        var folder = Path.Combine(Testing.Fixtures.RepositoryRoot, "artifacts", "search");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, text);
        return path;
    }

    private static Lucene.Net.Store.Directory Index(AnalysisProfile profile)
    {
        lock (Gate)
        {
            if (!Indexes.TryGetValue(profile, out var directory))
            {
                directory = SearchIndexBuilder.BuildInMemory(Graph, profile);
                Indexes[profile] = directory;
            }

            return directory;
        }
    }
}
