using System.Collections.Concurrent;
using System.Text.Json;
using PuppeteerSharp;

namespace RegKnowledge.Benchmarks.BrowserSearch;

/// <summary>Every network request of a page with the bytes that crossed the wire (Chrome's encodedDataLength: headers and
/// body, compressed as sent), from the DevTools protocol's Network domain.</summary>
internal sealed class RequestLedger
{
    private readonly ConcurrentDictionary<string, string> urls = new();
    private readonly ConcurrentDictionary<string, long> bytes = new();

    private RequestLedger()
    {
    }

    public static async Task<RequestLedger> Attach(IPage page)
    {
        var ledger = new RequestLedger();
        var session = await page.CreateCDPSessionAsync();
        session.MessageReceived += (_, e) => ledger.OnMessage(e.MessageID, e.MessageData);
        await session.SendAsync("Network.enable");
        return ledger;
    }

    /// <summary>Finished requests so far: (url, bytes).</summary>
    public IReadOnlyList<(string Url, long Bytes)> Finished() =>
        bytes.Select(b => (urls.GetValueOrDefault(b.Key, "?"), b.Value)).OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();

    private void OnMessage(string method, JsonElement data)
    {
        if (method == "Network.requestWillBeSent")
        {
            urls[data.GetProperty("requestId").GetString()!] = data.GetProperty("request").GetProperty("url").GetString()!;
        }
        else if (method == "Network.loadingFinished")
        {
            bytes[data.GetProperty("requestId").GetString()!] = (long)data.GetProperty("encodedDataLength").GetDouble();
        }
    }
}
