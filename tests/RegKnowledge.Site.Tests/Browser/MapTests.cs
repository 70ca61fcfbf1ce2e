namespace RegKnowledge.Site.Tests.Browser;

/// <summary>The world map: outlines coloured by the first topic, recoloured when another topic is chosen; small states drawn as dots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MapTests(SiteBrowser site)
{
    private const string UnitedKingdom = "document.querySelector('#world-map a[href=\"../jurisdictions/gb/\"] path')";
    private const string Singapore = "document.querySelector('#world-map a[href=\"../jurisdictions/sg/\"] path')";

    [Fact]
    public async Task Colours_countries_by_the_chosen_topic_and_updates_titles()
    {
        await using var page = await site.OpenAsync("map/");
        Assert.Equal("country lvl-3", await page.Page.EvaluateExpressionAsync<string>(UnitedKingdom + ".getAttribute('class')"));
        Assert.Equal("country dot lvl-5", await page.Page.EvaluateExpressionAsync<string>(Singapore + ".getAttribute('class')"));
        Assert.Equal("United Kingdom: Developing", await page.Page.EvaluateExpressionAsync<string>(UnitedKingdom + ".querySelector('title').textContent"));

        await page.Page.SelectAsync("#map-topic", "custody");

        Assert.Equal("country lvl-na", await page.Page.EvaluateExpressionAsync<string>(UnitedKingdom + ".getAttribute('class')"));
        Assert.Equal("country dot lvl-4", await page.Page.EvaluateExpressionAsync<string>(Singapore + ".getAttribute('class')"));
        Assert.Equal("United Kingdom: Unknown", await page.Page.EvaluateExpressionAsync<string>(UnitedKingdom + ".querySelector('title').textContent"));
        Assert.Equal("Custody and safekeeping", await page.Page.EvaluateExpressionAsync<string>("document.getElementById('map-topic-name').textContent"));
        Assert.EndsWith("map/?topic=custody", page.Page.Url, StringComparison.Ordinal);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task Draws_every_country_outline_and_leaves_uncovered_ones_grey()
    {
        await using var page = await site.OpenAsync("map/?topic=aml-cft");
        Assert.InRange(await page.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('#world-map path').length"), 170, 180);
        Assert.Equal("country lvl-5", await page.Page.EvaluateExpressionAsync<string>(UnitedKingdom + ".getAttribute('class')"));
        Assert.Equal("country no-data", await page.Page.EvaluateExpressionAsync<string>(
            "[...document.querySelectorAll('#world-map path')].find(p => p.querySelector('title').textContent === 'France: not covered').getAttribute('class')"));
    }
}
