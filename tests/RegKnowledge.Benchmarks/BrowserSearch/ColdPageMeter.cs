using System.Text.Json;
using PuppeteerSharp;
using RegKnowledge.Testing.Web;

namespace RegKnowledge.Benchmarks.BrowserSearch;

/// <summary>One engine's figures: bytes and requests of the first query on a cold page, its latency, later latencies.</summary>
internal sealed record EngineFigures(string Engine, IReadOnlyList<(string Query, long Bytes, int Requests, double Ms)> FirstQueries, IReadOnlyList<double> LaterMs);

/// <summary>Opens an engine's page in a fresh browser context (empty cache), waits until it is ready, runs a first query
/// and counts what crossed the wire for the search; then runs later queries on the same page and times them.</summary>
internal static class ColdPageMeter
{
    public static async Task<EngineFigures> Measure(IBrowser browser, StaticFileServer server, EngineUnderTest engine,
        IReadOnlyList<string> firstQueries, IReadOnlyList<string> laterQueries)
    {
        var firsts = new List<(string, long, int, double)>();
        var later = new List<double>();
        for (var i = 0; i < firstQueries.Count; i++)
        {
            await using var context = await browser.CreateBrowserContextAsync();
            var page = await context.NewPageAsync();
            var ledger = await RequestLedger.Attach(page);
            server.TakeLog();
            await page.GoToAsync(server.BaseUrl + engine.PagePath);
            await page.WaitForFunctionAsync($"() => {engine.ReadyExpression}");
            await page.WaitForNetworkIdleAsync(new WaitForNetworkIdleOptions { IdleTime = 150 });
            var first = await Run(page, engine, firstQueries[i]);
            await page.WaitForNetworkIdleAsync(new WaitForNetworkIdleOptions { IdleTime = 150 });
            var search = server.TakeLog().Where(r => engine.IsSearchRequest(r.Path)).ToList();
            // Cross-check: the page's own DevTools view of the same requests (workers' requests may be missing there).
            var seenByPage = ledger.Finished().Count(r => engine.IsSearchRequest(new Uri(r.Url).AbsolutePath));
            firsts.Add((firstQueries[i], search.Sum(r => r.Bytes), search.Count, first));
            Console.WriteLine($"  {engine.Name} \"{firstQueries[i]}\": {search.Count} requests served, {seenByPage} seen by the page");
            if (i == firstQueries.Count - 1)
            {
                foreach (var query in laterQueries)
                {
                    later.Add(await Run(page, engine, query));
                }
            }

            await page.CloseAsync();
        }

        return new EngineFigures(engine.Name, firsts, later);
    }

    private static async Task<double> Run(IPage page, EngineUnderTest engine, string query)
    {
        var result = await page.EvaluateFunctionAsync<JsonElement>(engine.QueryFunction, query);
        return result.GetProperty("ms").GetDouble();
    }
}
