using System.Text.Json;
using PuppeteerSharp;
using RegKnowledge.Testing.Web;

namespace RegKnowledge.Benchmarks.BrowserSearch;

/// <summary>One engine's figures: bytes and requests of the first query on a cold page, its latency, later latencies.</summary>
/// <remarks>CPU figures are the page's main-thread task time (Chrome's TaskDuration) per query: less sensitive to a busy machine
/// than wall time, and complete for an engine that runs on the main thread (not for one that works in a web worker).</remarks>
internal sealed record EngineFigures(string Engine, IReadOnlyList<(string Query, long Bytes, int Requests, double Ms, double CpuMs)> FirstQueries,
    IReadOnlyList<double> LaterMs, IReadOnlyList<double> LaterCpuMs);

/// <summary>Opens an engine's page in a fresh browser context (empty cache), waits until it is ready, runs a first query
/// and counts what crossed the wire for the search; then runs later queries on the same page and times them.</summary>
internal static class ColdPageMeter
{
    public static async Task<EngineFigures> Measure(IBrowser browser, StaticFileServer server, EngineUnderTest engine,
        IReadOnlyList<string> firstQueries, IReadOnlyList<string> laterQueries)
    {
        var firsts = new List<(string, long, int, double, double)>();
        var later = new List<double>();
        var laterCpu = new List<double>();
        for (var i = 0; i < firstQueries.Count; i++)
        {
            await using var context = await browser.CreateBrowserContextAsync();
            var page = await context.NewPageAsync();
            var ledger = await RequestLedger.Attach(page);
            server.TakeLog();
            await page.GoToAsync(server.BaseUrl + engine.PagePath);
            await page.WaitForFunctionAsync($"() => {engine.ReadyExpression}");
            await page.WaitForNetworkIdleAsync(new WaitForNetworkIdleOptions { IdleTime = 150 });
            var (first, firstCpu) = await Run(page, engine, firstQueries[i]);
            await page.WaitForNetworkIdleAsync(new WaitForNetworkIdleOptions { IdleTime = 150 });
            var search = server.TakeLog().Where(r => engine.IsSearchRequest(r.Path)).ToList();
            // Cross-check: the page's own DevTools view of the same requests (workers' requests may be missing there).
            var seenByPage = ledger.Finished().Count(r => engine.IsSearchRequest(new Uri(r.Url).AbsolutePath));
            firsts.Add((firstQueries[i], search.Sum(r => r.Bytes), search.Count, first, firstCpu));
            Console.WriteLine($"  {engine.Name} \"{firstQueries[i]}\": {search.Count} requests served, {seenByPage} seen by the page");
            if (i == firstQueries.Count - 1)
            {
                foreach (var query in laterQueries)
                {
                    var (ms, cpu) = await Run(page, engine, query);
                    later.Add(ms);
                    laterCpu.Add(cpu);
                }
            }

            await page.CloseAsync();
        }

        return new EngineFigures(engine.Name, firsts, later, laterCpu);
    }

    private static async Task<(double Ms, double CpuMs)> Run(IPage page, EngineUnderTest engine, string query)
    {
        var before = await page.MetricsAsync();
        var result = await page.EvaluateFunctionAsync<JsonElement>(engine.QueryFunction, query);
        var after = await page.MetricsAsync();
        return (result.GetProperty("ms").GetDouble(), (double)(after["TaskDuration"] - before["TaskDuration"]) * 1000);
    }
}
