using System.Net;
using System.Text.Json;
using RegKnowledge.Cli.Serve;
using RegKnowledge.Testing;
using RegKnowledge.Testing.Web;

namespace RegKnowledge.Cli.Tests.Serve;

/// <summary>The preview serves the built site, picks up edits and shows validation errors in the page.</summary>
public sealed class PreviewSessionTests : IDisposable
{
    private readonly TempContent content = TempContent.FromSample();
    private readonly TempContent work = TempContent.Empty();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly PreviewSession session;

    public PreviewSessionTests()
    {
        session = new PreviewSession(content.Root, null, work.Root, TextWriter.Null);
        session.Start(LocalPorts.Free());
    }

    private async Task<string> Get(string path) => await http.GetStringAsync(session.Address + path);

    [Fact]
    public async Task Serves_the_site_with_the_reload_client()
    {
        var home = await Get("");
        Assert.Contains("<script type=\"module\" src=\"/__regk/reload.js\"></script>", home, StringComparison.Ordinal);
        Assert.Contains("Singapore", await Get("jurisdictions/sg/"), StringComparison.Ordinal);
        Assert.Contains("location.reload", await Get("__regk/reload.js"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_the_browser_search_index_and_client_so_the_search_page_works()
    {
        var manifest = await http.GetByteArrayAsync(session.Address + "search/manifest.bin");
        Assert.Equal([0x1f, 0x8b], manifest.Take(2));
        Assert.Contains("search.bundle.js", await Get("assets/search/boot.js"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(session.Address + "assets/search/search.bundle.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(session.Address + "search/facets.bin")).StatusCode);
    }

    [Fact]
    public async Task An_edit_appears_after_the_rebuild()
    {
        content.Write("jurisdictions/sg.yaml", content.Read("jurisdictions/sg.yaml").Replace("name: Singapore", "name: Singapura", StringComparison.Ordinal));
        Assert.True(await LocalPorts.Eventually(async () => (await Get("jurisdictions/sg/")).Contains("Singapura", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Validation_errors_are_reported_with_their_place_and_the_last_good_site_stays()
    {
        content.Write("governance/council.yaml", content.Read("governance/council.yaml") + "unknown_field: 1\n");
        Assert.True(await LocalPorts.Eventually(async () => (await Get("__regk/status")).Contains("RK1003", StringComparison.Ordinal)));
        using var status = JsonDocument.Parse(await Get("__regk/status"));
        var error = status.RootElement.GetProperty("errors")[0];
        Assert.Equal("governance/council.yaml", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 1);
        Assert.Contains("Singapore", await Get("jurisdictions/sg/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paths_outside_the_site_are_not_served()
    {
        var response = await http.GetAsync(session.Address + "..%2F..%2F..%2Fetc%2Fpasswd");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(session.Address + "no-such-page/")).StatusCode);
    }

    public void Dispose()
    {
        session.Dispose();
        http.Dispose();
        content.Dispose();
        work.Dispose();
    }
}
