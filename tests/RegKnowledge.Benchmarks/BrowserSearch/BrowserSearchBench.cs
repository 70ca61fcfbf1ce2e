using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lucene.Net.Store;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.BrowserExport;
using RegKnowledge.Search.Documents;
using RegKnowledge.Search.Indexing;
using RegKnowledge.Site;
using RegKnowledge.Testing;
using RegKnowledge.Testing.Web;

namespace RegKnowledge.Benchmarks.BrowserSearch;

/// <summary>Browser search against Pagefind on the same documents: index size and build time, then in Chromium on
/// 127.0.0.1 the bytes and latency of the first query on a cold page and the latency of later queries, served plain and
/// gzip'd (as most static hosts serve text).</summary>
internal static class BrowserSearchBench
{
    private static readonly string[] FirstQueries = ["custody", "travel rule", "stablecoin reserve requirements", "Singapore licensing", "proof of reserves"];

    private static readonly string[] LaterQueries =
    [
        "market abuse", "staking", "licence", "virtual asset service provider", "cold storage", "consumer protection", "sanctions",
        "Hong Kong", "MiCA", "tax reporting", "self-custody", "DeFi", "wallet", "audit", "disclosure", "passporting", "Japan",
        "segregation", "whitepaper", "travel rule threshold",
    ];

    public static async Task<int> Run(string[] args, TextWriter output)
    {
        var outDir = Path.GetFullPath(Option(args, "--out") ?? Path.Combine(Fixtures.RepositoryRoot, "artifacts", "bench", "browser-search"));
        var count = int.Parse(Option(args, "--docs") ?? "10000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        if (System.IO.Directory.Exists(outDir))
        {
            System.IO.Directory.Delete(outDir, recursive: true);
        }

        var content = CheckedContent.From(Fixtures.StarterContent, FakeClock.Default).Content;
        var graph = KnowledgeGraph.Build(content, KnowledgeGraph.ResolveAudience(content, null), FakeClock.Default);
        var site = Path.Combine(outDir, "site");
        SiteBuilder.Build(graph, site, new SiteBuildOptions());
        var documents = ReplicatedCorpus.From(GraphDocuments.From(graph), count);

        var watch = Stopwatch.StartNew();
        using (var directory = FSDirectory.Open(Path.Combine(outDir, "index")))
        {
            SearchIndexBuilder.Write(directory, documents, AnalysisSettings.For(graph.Taxonomy, AnalysisProfile.Domain));
        }

        var indexTime = watch.Elapsed;
        watch.Restart();
        var export = BrowserSearchExporter.Write(Path.Combine(outDir, "index"), Path.Combine(site, "search"), BrowserSearchLabels.From(graph));
        var exportTime = watch.Elapsed;
        PagefindSite.WritePages(site, documents);
        var pagefindTime = PagefindSite.Index(Fixtures.RepositoryRoot, site);

        var (same, total) = LargeCorpusParity.Check(Path.Combine(outDir, "index"), Path.Combine(site, "search"), [.. FirstQueries, .. LaterQueries], outDir);
        var (cpuFirst, cpuLater) = EngineCpu.Measure(Path.Combine(site, "search"), FirstQueries.Take(runs).ToList(), LaterQueries, outDir);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {documents.Count:N0} documents (starter content replicated, ids renamed, bodies varied); Lucene index {Size(Path.Combine(outDir, "index")) / 1024.0 / 1024.0:F1} MiB built in {indexTime.TotalSeconds:F1} s.");
        report.AppendLine();
        report.AppendLine("| | RegKnowledge export | Pagefind 1.6.0 |");
        report.AppendLine("|---|---|---|");
        var mirror = Path.Combine(site, "search", "js");
        report.AppendLine(CultureInfo.InvariantCulture, $"| index on disk | {(Size(Path.Combine(site, "search")) - Size(mirror)) / 1024.0 / 1024.0:F1} MiB in {Files(Path.Combine(site, "search")) - Files(mirror)} files, plus its script mirror for file:// pages ({Size(mirror) / 1024.0 / 1024.0:F1} MiB in {Files(mirror)} files) | {Size(Path.Combine(site, "pagefind")) / 1024.0 / 1024.0:F1} MiB in {Files(Path.Combine(site, "pagefind"))} files |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| build time | {exportTime.TotalSeconds:F1} s (export of the Lucene index) | {pagefindTime.TotalSeconds:F1} s (indexing {documents.Count:N0} HTML pages) |");

        report.AppendLine(CultureInfo.InvariantCulture, $"| engine CPU per query (node, process CPU time, no DOM): first on a cold engine (median) / later p50 | {Median(cpuFirst):F1} / {Median(cpuLater):F1} ms | not measured |");
        foreach (var compress in new[] { false, true })
        {
            using var server = new StaticFileServer(outDir, compress);
            await using var browser = await BenchChromium.Launch(Path.Combine(outDir, $"profile-{compress}"));
            var ours = await ColdPageMeter.Measure(browser, server, EngineUnderTest.RegKnowledge, FirstQueries.Take(runs).ToList(), LaterQueries);
            var theirs = await ColdPageMeter.Measure(browser, server, EngineUnderTest.Pagefind, FirstQueries.Take(runs).ToList(), LaterQueries);
            var label = compress ? "gzip'd text (typical host)" : "no compression";
            report.AppendLine(CultureInfo.InvariantCulture, $"| first query, cold page, {label}: bytes (median of {runs} queries) | {Kb(Median(ours.FirstQueries.Select(f => (double)f.Bytes)))} in {Median(ours.FirstQueries.Select(f => (double)f.Requests)):0} requests | {Kb(Median(theirs.FirstQueries.Select(f => (double)f.Bytes)))} in {Median(theirs.FirstQueries.Select(f => (double)f.Requests)):0} requests |");
            report.AppendLine(CultureInfo.InvariantCulture, $"| first query latency, cold, {label} (median) | {Median(ours.FirstQueries.Select(f => f.Ms)):F0} ms | {Median(theirs.FirstQueries.Select(f => f.Ms)):F0} ms |");
            report.AppendLine(CultureInfo.InvariantCulture, $"| later queries p50, {label} ({LaterQueries.Length} queries) | {Median(ours.LaterMs):F1} ms | {Median(theirs.LaterMs):F1} ms |");
            report.AppendLine(CultureInfo.InvariantCulture, $"| main-thread CPU per query, {label}: first (median) / later p50 | {Median(ours.FirstQueries.Select(f => f.CpuMs)):F1} / {Median(ours.LaterCpuMs):F1} ms | {Median(theirs.FirstQueries.Select(f => f.CpuMs)):F1} / {Median(theirs.LaterCpuMs):F1} ms (its search runs in a worker, not counted) |");
            foreach (var figures in new[] { ours, theirs })
            {
                output.WriteLine($"{figures.Engine}, {label}: " + string.Join("; ", figures.FirstQueries.Select(f => $"\"{f.Query}\" {Kb(f.Bytes)} / {f.Requests} req / {f.Ms:F0} ms")));
            }
        }

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Ranking parity on this corpus: {same} of {total} benchmark queries have SearchService's top 10 in the same order. Load average during the run: {LoadAverage()}.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Export: {export.Terms:N0} terms, {export.Files:N0} files. Bytes are the response bodies the server sent (compressed where gzip'd) for the search's own requests: JavaScript, styles and index files (RegKnowledge: assets/search/ and search/; Pagefind: pagefind/, including its web worker's requests), page HTML excluded.");
        File.WriteAllText(Path.Combine(outDir, "browser-search.md"), report.ToString());
        output.Write(report.ToString());
        return 0;
    }

    /// <summary>The machine's 1/5/15-minute load average (Linux), since latencies depend on it.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + $" on {Environment.ProcessorCount} cores" : "unknown";

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static long Size(string folder) =>
        System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("index.html", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);

    private static int Files(string folder) =>
        System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith("index.html", StringComparison.Ordinal));

    private static string Kb(double bytes) => (bytes / 1024).ToString("F1", CultureInfo.InvariantCulture) + " KB";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
