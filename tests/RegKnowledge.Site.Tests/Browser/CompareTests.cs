namespace RegKnowledge.Site.Tests.Browser;

/// <summary>The compare page reads ?j=, shows only the chosen columns, and writes the choice back into the address.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareTests(SiteBrowser site)
{
    private const string VisibleColumns = "[...document.querySelectorAll('#compare-table thead th[data-j]')].filter(th => !th.hidden).map(th => th.dataset.j)";

    [Fact]
    public async Task Shows_the_jurisdictions_named_in_the_query_and_keeps_choices_in_the_address()
    {
        await using var page = await site.OpenAsync("compare/?j=sg");
        Assert.Equal(["sg"], await page.Page.EvaluateExpressionAsync<string[]>(VisibleColumns));
        Assert.True(await page.Page.EvaluateExpressionAsync<bool>("[...document.querySelectorAll('td[data-j=gb]')].every(td => td.hidden)"));
        Assert.Contains("at least 2", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('#compare-chooser .filter-status').textContent"), StringComparison.Ordinal);

        await page.Page.ClickAsync("#compare-gb");

        Assert.Equal(["gb", "sg"], await page.Page.EvaluateExpressionAsync<string[]>(VisibleColumns));
        Assert.EndsWith("compare/?j=gb,sg", page.Page.Url, StringComparison.Ordinal);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task Shows_every_column_without_script()
    {
        var page = await site.Browser.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(false);
        await page.GoToAsync(site.Server.BaseUrl + "compare/?j=sg");
        Assert.Equal(["gb", "sg"], await VisibleWithoutScript(page));
        await page.CloseAsync();
    }

    // With script disabled in the page, the DOM can still be read through the DevTools protocol.
    private static async Task<string[]> VisibleWithoutScript(PuppeteerSharp.IPage page)
    {
        var headers = await page.QuerySelectorAllAsync("#compare-table thead th[data-j]");
        var ids = new List<string>();
        foreach (var header in headers)
        {
            if (await header.IsVisibleAsync())
            {
                ids.Add(await header.EvaluateFunctionAsync<string>("th => th.dataset.j"));
            }
        }

        return [.. ids];
    }
}
