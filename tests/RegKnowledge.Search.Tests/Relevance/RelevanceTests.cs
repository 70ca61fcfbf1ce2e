using System.Globalization;
using System.Text;
using System.Text.Json;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.Querying;
using Xunit.Abstractions;

namespace RegKnowledge.Search.Tests.Relevance;

/// <summary>Given the judged queries and the starter content, domain analysis ranks at least as well as the committed
/// baseline and better than plain EnglishAnalyzer. Figures go to the test output and to artifacts/search/.</summary>
/// <remarks>Update the baseline after a deliberate change: REGK_UPDATE_RELEVANCE_BASELINE=1 dotnet test --filter Relevance.</remarks>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string BaselinePath(bool source) => source
        ? Path.Combine(Testing.Fixtures.RepositoryRoot, "tests", "RegKnowledge.Search.Tests", "Relevance", "relevance-baseline.json")
        : Path.Combine(AppContext.BaseDirectory, "Relevance", "relevance-baseline.json");

    [Fact]
    public void The_judged_set_has_at_least_sixty_queries_with_unique_text() =>
        Assert.True(JudgedQueries.Load().Select(q => q.Query).Distinct().Count() >= 60);

    [Fact]
    public void Domain_analysis_stays_at_or_above_the_baseline_and_beats_plain_EnglishAnalyzer()
    {
        var (usable, missing) = RelevanceRun.Judgements();
        var profiles = new[]
        {
            AnalysisProfile.Plain,
            AnalysisProfile.Plain with { AcronymDots = true },
            AnalysisProfile.Plain with { Spelling = true },
            AnalysisProfile.Plain with { Synonyms = true },
            AnalysisProfile.Domain,
        };
        var rows = profiles.Select(p => RelevanceRun.Measure(p, RankingWeights.Default)).ToList();
        var plain = rows[0];
        var domain = rows[^1];

        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"Judged queries usable: {usable.Count}; judged ids missing from the index: {missing.Count}\n");
        foreach (var id in missing)
        {
            report.Append(CultureInfo.InvariantCulture, $"  missing: {id}\n");
        }

        report.Append('\n').Append(RelevanceRun.Table(rows)).Append("\nDomain misses:\n");
        foreach (var score in domain.PerQuery.Where(s => s.Misses.Count > 0))
        {
            report.Append(CultureInfo.InvariantCulture, $"  {score.Query}: {string.Join(", ", score.Misses)}\n");
        }

        output.WriteLine(report.ToString());
        output.WriteLine("report: " + RelevanceRun.Save("relevance-report.md", report.ToString()));

        var current = new Baseline(Round(domain.NdcgAt10), Round(domain.RecallAt10), Round(domain.ExpectationsMet), 0.02);
        if (Environment.GetEnvironmentVariable("REGK_UPDATE_RELEVANCE_BASELINE") == "1")
        {
            File.WriteAllText(BaselinePath(source: true), JsonSerializer.Serialize(current, Json) + "\n");
        }

        var baseline = JsonSerializer.Deserialize<Baseline>(File.ReadAllText(BaselinePath(source: false)), Json)!;
        Assert.True(domain.NdcgAt10 >= plain.NdcgAt10, $"domain nDCG@10 {domain.NdcgAt10:F3} is below plain {plain.NdcgAt10:F3}");
        Assert.True(domain.RecallAt10 >= plain.RecallAt10, $"domain recall@10 {domain.RecallAt10:F3} is below plain {plain.RecallAt10:F3}");
        Assert.True(domain.NdcgAt10 >= baseline.NdcgAt10 - baseline.Tolerance, $"nDCG@10 {domain.NdcgAt10:F3} fell below the baseline {baseline.NdcgAt10:F3}");
        Assert.True(domain.RecallAt10 >= baseline.RecallAt10 - baseline.Tolerance, $"recall@10 {domain.RecallAt10:F3} fell below the baseline {baseline.RecallAt10:F3}");
        Assert.True(domain.ExpectationsMet >= baseline.ExpectationsMet - baseline.Tolerance, $"expectations met {domain.ExpectationsMet:F3} fell below the baseline {baseline.ExpectationsMet:F3}");
    }

    /// <summary>The field-weight sweep behind <see cref="RankingWeights.Default"/>; runs only when REGK_RELEVANCE_SWEEP=1
    /// (it builds nothing new but runs the judged set once per weighting).</summary>
    [Fact]
    public void Field_weight_sweep()
    {
        if (Environment.GetEnvironmentVariable("REGK_RELEVANCE_SWEEP") != "1")
        {
            return;
        }

        var rows = new List<RelevanceSummary>();
        foreach (var mapping in new[] { 1f, 0.8f, 0.6f, 0.4f, 0.3f })
        {
            foreach (var tie in new[] { 1f, 0.3f })
            {
                foreach (var title in new[] { 1f, 1.5f, 2f, 3f })
                {
                    foreach (var context in new[] { 0f, 0.5f, 1f })
                    {
                        var weights = new RankingWeights(title, context, 1f, tie)
                        {
                            KindPriors = new Dictionary<string, float> { [Search.Documents.DocumentKinds.Mapping] = mapping },
                        };
                        rows.Add(RelevanceRun.Measure(AnalysisProfile.Domain, weights, string.Create(CultureInfo.InvariantCulture,
                            $"title {title} context {context} body 1 tie {tie} mapping prior {mapping}")));
                    }
                }
            }
        }

        var table = RelevanceRun.Table(rows.OrderByDescending(r => r.NdcgAt10));
        output.WriteLine(table);
        output.WriteLine("sweep: " + RelevanceRun.Save("field-weight-sweep.md", table));
    }

    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.ToZero);

    private sealed record Baseline(double NdcgAt10, double RecallAt10, double ExpectationsMet, double Tolerance);
}
