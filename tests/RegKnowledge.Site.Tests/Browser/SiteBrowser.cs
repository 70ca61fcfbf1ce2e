using PuppeteerSharp;
using RegKnowledge.Testing.Web;

namespace RegKnowledge.Site.Tests.Browser;

/// <summary>Shared by the browser tests: the sample site built once, served on 127.0.0.1 under the path of its base_url (/regknowledge/,
/// which 404.html needs for its &lt;base&gt;), and one Chromium.</summary>
public sealed class SiteBrowser : IAsyncLifetime
{
    private readonly string workFolder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "regk-browser-" + Guid.NewGuid().ToString("N")[..12]);

    public string SiteFolder { get; private set; } = "";
    public StaticFileServer Server { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        SiteFolder = SampleSite.BuildInto(SampleSite.Graph(), System.IO.Path.Combine(workFolder, "site"));
        Server = new StaticFileServer(SiteFolder, prefix: "/regknowledge/");
        Browser = await Chromium.LaunchAsync(System.IO.Path.Combine(workFolder, "profile"));
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        Browser.Dispose();
        Server.Dispose();
        try
        {
            Directory.Delete(workFolder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold its profile for a moment; the temp folder is cleaned later.
        }
    }

    /// <summary>Opens <paramref name="path"/> (site-relative) in a new page that records console errors, page errors and dialogs.</summary>
    public async Task<WatchedPage> OpenAsync(string path, int width = 1280, bool dark = false)
    {
        var page = await Browser.NewPageAsync();
        var watched = new WatchedPage(page);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        if (dark)
        {
            await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = "dark" }]);
        }

        var response = await page.GoToAsync(Server.BaseUrl + path, WaitUntilNavigation.Load);
        watched.Status = response.Status;
        return watched;
    }
}

/// <summary>A page plus what went wrong on it: console errors (CSP violations show up here), uncaught errors and dialogs (alert()).</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    public WatchedPage(IPage page)
    {
        Page = page;
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error || e.Message.Type == ConsoleType.Warning)
            {
                Problems.Add($"console {e.Message.Type}: {e.Message.Text}");
            }
        };
        page.PageError += (_, e) => Problems.Add("page error: " + e.Message);
        page.Dialog += async (_, e) =>
        {
            Problems.Add("dialog: " + e.Dialog.Message);
            await e.Dialog.Dismiss();
        };
    }

    public IPage Page { get; }
    public System.Net.HttpStatusCode Status { get; set; }
    public List<string> Problems { get; } = [];

    public ValueTask DisposeAsync() => new(Page.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteBrowser>
{
    public const string Name = "browser";
}
