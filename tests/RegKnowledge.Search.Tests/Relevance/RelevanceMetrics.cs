namespace RegKnowledge.Search.Tests.Relevance;

/// <summary>Figures of one query's ranking against its judgements.</summary>
/// <param name="Query">The query text.</param>
/// <param name="NdcgAt10">Graded nDCG over the first ten results (gains 2^g − 1, log2 discount).</param>
/// <param name="RecallAt10">Share of judged documents in the first ten.</param>
/// <param name="Met">Judged documents found within their own cutoff (top 5 or top 10).</param>
/// <param name="Judged">Judged documents.</param>
/// <param name="Misses">Judged documents not within their cutoff, with the rank they got (0: not in the first ten).</param>
public sealed record QueryScore(string Query, double NdcgAt10, double RecallAt10, int Met, int Judged, IReadOnlyList<string> Misses);

/// <summary>Averages over a judged set.</summary>
public sealed record RelevanceSummary(string Name, double NdcgAt10, double RecallAt10, double ExpectationsMet, int Queries, IReadOnlyList<QueryScore> PerQuery);

/// <summary>nDCG@10, recall@10 and the share of expectations met.</summary>
public static class RelevanceMetrics
{
    public static QueryScore Score(JudgedQuery judged, IReadOnlyList<string> ranked)
    {
        var top10 = ranked.Take(10).ToList();
        var dcg = top10.Select((id, i) => (Math.Pow(2, judged.Gain(id)) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = judged.All.Select(judged.Gain).OrderDescending().Take(10)
            .Select((gain, i) => (Math.Pow(2, gain) - 1) / Math.Log2(i + 2)).Sum();
        var all = judged.All.ToList();
        var found = all.Count(top10.Contains);
        var misses = new List<string>();
        foreach (var id in all)
        {
            var cutoff = judged.Top5.Contains(id) ? 5 : 10;
            var rank = top10.IndexOf(id) + 1;
            if (rank == 0 || rank > cutoff)
            {
                misses.Add($"{id} (top {cutoff}, got {(rank == 0 ? "none" : rank.ToString(System.Globalization.CultureInfo.InvariantCulture))})");
            }
        }

        return new QueryScore(judged.Query, ideal == 0 ? 0 : dcg / ideal, all.Count == 0 ? 0 : (double)found / all.Count, all.Count - misses.Count, all.Count, misses);
    }

    public static RelevanceSummary Summarise(string name, IReadOnlyList<QueryScore> scores) => new(
        name,
        scores.Average(s => s.NdcgAt10),
        scores.Average(s => s.RecallAt10),
        (double)scores.Sum(s => s.Met) / scores.Sum(s => s.Judged),
        scores.Count,
        scores);
}
