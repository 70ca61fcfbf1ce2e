namespace RegKnowledge.Site.Tests.Browser;

/// <summary>The stance matrix filters rows by region and columns by topic, and shows everything without script.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MatrixTests(SiteBrowser site)
{
    private const string VisibleRows = "[...document.querySelectorAll('#stance-matrix tr[data-region]')].filter(r => r.offsetParent !== null).map(r => r.querySelector('th').textContent)";
    private const string VisibleTopics = "[...document.querySelectorAll('#stance-matrix thead th[data-topic]')].filter(th => !th.hidden).map(th => th.dataset.topic)";

    [Fact]
    public async Task Filters_by_region_and_topic_and_remembers_the_filter_in_the_address()
    {
        await using var page = await site.OpenAsync("matrix/");
        Assert.Equal(["United Kingdom", "Singapore"], await page.Page.EvaluateExpressionAsync<string[]>(VisibleRows));

        await page.Page.SelectAsync("#filter-region", "europe");
        await page.Page.SelectAsync("#filter-topic", "custody");

        Assert.Equal(["United Kingdom"], await page.Page.EvaluateExpressionAsync<string[]>(VisibleRows));
        Assert.Equal(["custody"], await page.Page.EvaluateExpressionAsync<string[]>(VisibleTopics));
        Assert.Equal("Unknown", await page.Page.EvaluateExpressionAsync<string>(
            "[...document.querySelectorAll('tr[data-region=europe] td')].find(td => !td.hidden).textContent"));
        Assert.EndsWith("matrix/?region=europe&topic=custody", page.Page.Url, StringComparison.Ordinal);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task Applies_a_filter_given_in_the_address()
    {
        await using var page = await site.OpenAsync("matrix/?region=asia-pacific");
        Assert.Equal(["Singapore"], await page.Page.EvaluateExpressionAsync<string[]>(VisibleRows));
        Assert.Equal("asia-pacific", await page.Page.EvaluateExpressionAsync<string>("document.getElementById('filter-region').value"));
    }

    [Fact]
    public async Task Shows_the_whole_matrix_and_no_filter_form_without_script()
    {
        var page = await site.Browser.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(false);
        await page.GoToAsync(site.Server.BaseUrl + "matrix/?region=europe");
        Assert.False(await (await page.QuerySelectorAsync("#matrix-filters"))!.IsVisibleAsync());
        var cells = await page.QuerySelectorAllAsync("#stance-matrix td.cell");
        Assert.Equal(6, cells.Length);
        foreach (var cell in cells)
        {
            Assert.True(await cell.IsVisibleAsync());
        }

        await page.CloseAsync();
    }
}
