using RegKnowledge.Testing.Web;
namespace RegKnowledge.Site.Tests.Browser;

/// <summary>Moving around the served site: navigation, breadcrumbs, skip link, 404.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(SiteBrowser site)
{
    [Fact]
    public async Task Follows_navigation_and_breadcrumbs_under_a_path_prefix()
    {
        // Served under a prefix the site knows nothing about: every link is page-relative.
        using var server = new StaticFileServer(site.SiteFolder, prefix: "/any/prefix/");
        await using var page = new WatchedPage(await site.Browser.NewPageAsync());
        await page.Page.GoToAsync(server.BaseUrl);
        await Task.WhenAll(page.Page.WaitForNavigationAsync(), page.Page.ClickAsync(".site-nav a[href='jurisdictions/']"));
        Assert.Equal(server.BaseUrl + "jurisdictions/", page.Page.Url);

        await Task.WhenAll(page.Page.WaitForNavigationAsync(), page.Page.ClickAsync("main a[href='../jurisdictions/sg/']"));
        Assert.Equal(server.BaseUrl + "jurisdictions/sg/", page.Page.Url);
        Assert.Equal("Singapore", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('h1').textContent"));
        Assert.Equal(["Home", "Jurisdictions", "Singapore"],
            await page.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.breadcrumbs li')].map(li => li.textContent)"));

        await Task.WhenAll(page.Page.WaitForNavigationAsync(), page.Page.ClickAsync(".breadcrumbs a[href='../../']"));
        Assert.Equal(server.BaseUrl, page.Page.Url);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task Offers_a_skip_link_as_the_first_stop_of_the_keyboard()
    {
        await using var page = await site.OpenAsync("standards/trx/");
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.Page.EvaluateExpressionAsync<string>("document.activeElement.textContent"));
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main_content", await page.Page.EvaluateExpressionAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task Serves_a_404_page_whose_links_work_at_any_depth()
    {
        // 404.html is served for any missing address, so its links resolve through <base href>, the path of the configured base_url.
        var server = site.Server;
        var page = await site.Browser.NewPageAsync();
        var response = await page.GoToAsync(server.BaseUrl + "some/deep/missing/page/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.Status);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("main a[href='topics/']"));
        Assert.Equal(server.BaseUrl + "topics/", page.Url);
        Assert.Equal("Topics", await page.EvaluateExpressionAsync<string>("document.querySelector('h1').textContent"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Submits_the_header_search_to_the_search_page()
    {
        await using var page = await site.OpenAsync("topics/");
        await page.Page.TypeAsync("#header_search", "travel rule");
        await Task.WhenAll(page.Page.WaitForNavigationAsync(), page.Page.Keyboard.PressAsync("Enter"));
        Assert.Equal(site.Server.BaseUrl + "search/?q=travel+rule", page.Page.Url);
        Assert.True(await page.Page.EvaluateExpressionAsync<bool>("document.getElementById('search-results') !== null"));
    }
}
