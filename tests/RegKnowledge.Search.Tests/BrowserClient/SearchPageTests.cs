using PuppeteerSharp;
using PuppeteerSharp.Input;

namespace RegKnowledge.Search.Tests.BrowserClient;

/// <summary>The search page in headless Chromium: typing, phrases, facets, URL state and the back button, the keyboard,
/// no results, typo fallback, hostile input, highlighting on the landing page, and the page opened from disk.</summary>
[Collection(SearchSiteCollection.Name)]
public sealed class SearchPageTests(SearchSite site) : IAsyncLifetime
{
    private IPage page = default!;
    private readonly List<string> problems = [];

    public async Task InitializeAsync()
    {
        page = await site.Browser.NewPageAsync();
        page.Console += (_, e) =>
        {
            // Chromium asks the server root for /favicon.ico when a page names no icon; the site lives under a prefix here.
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning && e.Message.Location?.URL?.EndsWith("/favicon.ico", StringComparison.Ordinal) != true)
            {
                problems.Add($"console {e.Message.Type}: {e.Message.Text} ({e.Message.Location?.URL})");
            }
        };
        page.PageError += (_, e) => problems.Add($"page error: {e.Message}");
    }

    public async Task DisposeAsync() => await page.CloseAsync();

    private async Task Open(string query = "")
    {
        await page.GoToAsync(site.SiteUrl + "search/" + query);
        await page.WaitForFunctionAsync("() => ['ready','results','empty','error'].includes(document.getElementById('search-results').dataset.state)");
    }

    private Task Settled(string state) =>
        page.WaitForFunctionAsync($"() => document.getElementById('search-results').dataset.state === '{state}'");

    private Task<T> Js<T>(string expression) => page.EvaluateExpressionAsync<T>(expression);

    private async Task Submit(string query)
    {
        await page.EvaluateFunctionAsync("q => { const i = document.getElementById('search-input'); i.value = q; }", query);
        await page.FocusAsync("#search-input");
        await page.Keyboard.PressAsync(Key.Enter);
        await page.WaitForFunctionAsync("q => document.getElementById('search-results').dataset.query === q", query);
    }

    private void NoProblems() => Assert.True(problems.Count == 0, string.Join('\n', problems));

    [Fact]
    public async Task Typing_shows_results_for_the_last_word_as_a_prefix_and_keeps_the_query_in_the_url()
    {
        await Open();
        await page.TypeAsync("#search-input", "custod");
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').dataset.query === 'custod*'");
        Assert.True(await Js<int>("document.querySelectorAll('.search-hit').length") > 0);
        Assert.Contains("custod", (await Js<string>("document.querySelector('.search-hit mark').textContent")).ToLowerInvariant(), StringComparison.Ordinal);
        // The URL is written once the results are on screen.
        await page.WaitForFunctionAsync("() => location.search.includes('q=custod')");
        NoProblems();
    }

    [Fact]
    public async Task A_quoted_phrase_marks_the_phrase_and_finds_fewer_documents_than_its_words()
    {
        await Open();
        await Submit("\"cold storage\"");
        var phraseTotal = await Js<string>("document.querySelector('.search-status').textContent");
        var marks = await Js<string[]>("[...document.querySelectorAll('.search-hit-snippet mark')].map(m => m.textContent.toLowerCase())");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.True(m is "cold" or "storage", m));
        await Submit("cold storage");
        var wordsTotal = await Js<string>("document.querySelector('.search-status').textContent");
        Assert.True(int.Parse(phraseTotal.Split(' ')[0]) < int.Parse(wordsTotal.Split(' ')[0]), $"{phraseTotal} / {wordsTotal}");
        NoProblems();
    }

    [Fact]
    public async Task A_facet_restricts_results_updates_counts_and_goes_into_the_url()
    {
        await Open();
        await Submit("custody");
        var before = await Js<int>("parseInt(document.querySelector('.search-status').textContent)");
        await page.ClickAsync("#facet-kind-stance");
        await page.WaitForFunctionAsync("() => location.search.includes('kind=stance') && document.getElementById('search-results').dataset.state === 'results'");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.search-group h2')].every(h => h.textContent.startsWith('Stances'))");
        var after = await Js<int>("parseInt(document.querySelector('.search-status').textContent)");
        Assert.InRange(after, 1, before - 1);
        Assert.True(await Js<bool>("document.getElementById('facet-kind-stance').checked"));
        NoProblems();
    }

    [Fact]
    public async Task Back_button_restores_the_previous_query_and_filters_from_the_url()
    {
        await Open("?q=custody&kind=stance");
        await Settled("results");
        Assert.Equal("custody", await Js<string>("document.getElementById('search-input').value"));
        Assert.True(await Js<bool>("document.getElementById('facet-kind-stance').checked"));
        await Submit("staking");
        await page.WaitForFunctionAsync("() => location.search === '?q=staking&kind=stance'");
        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('search-input').value === 'custody' && document.getElementById('search-results').dataset.query === 'custody'");
        Assert.True(await Js<bool>("document.getElementById('facet-kind-stance').checked"));
        NoProblems();
    }

    [Fact]
    public async Task Slash_focuses_the_search_box_and_arrow_keys_walk_the_results()
    {
        await Open("?q=licence");
        await Settled("results");
        await page.EvaluateExpressionAsync("document.activeElement.blur()");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await Js<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync(Key.ArrowDown);
        var first = await Js<string>("document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync(Key.ArrowDown);
        var second = await Js<string>("document.activeElement.getAttribute('href')");
        var links = await Js<string[]>("[...document.querySelectorAll('a.search-hit-link')].map(a => a.getAttribute('href'))");
        Assert.Equal(links[0], first);
        Assert.Equal(links[1], second);
        await page.Keyboard.PressAsync(Key.Escape);
        Assert.Equal("search-input", await Js<string>("document.activeElement.id"));
        NoProblems();
    }

    [Fact]
    public async Task A_query_that_matches_nothing_says_so()
    {
        await Open();
        await Submit("qwxzv zzqqxx");
        Assert.Equal("empty", await Js<string>("document.getElementById('search-results').dataset.state"));
        Assert.StartsWith("No results for", await Js<string>("document.querySelector('.search-status').textContent"), StringComparison.Ordinal);
        Assert.Equal(0, await Js<int>("document.querySelectorAll('.search-hit').length"));
        NoProblems();
    }

    [Fact]
    public async Task A_misspelt_word_falls_back_to_the_closest_indexed_word()
    {
        await Open();
        await Submit("custdy");
        var status = await Js<string>("document.querySelector('.search-status').textContent");
        Assert.Contains("Showing", status, StringComparison.Ordinal);
        Assert.Contains("custody", status, StringComparison.Ordinal);
        Assert.True(await Js<int>("document.querySelectorAll('.search-hit').length") > 0);
        NoProblems();
    }

    [Fact]
    public async Task Markup_in_the_query_and_in_indexed_text_is_shown_as_text_and_never_runs()
    {
        await Open();
        await Submit($"<img src=x onerror=window.__pwned='query'> {SearchSite.HostileWord}");
        await Settled("results");
        Assert.Null(await Js<string?>("window.__pwned ?? null"));
        Assert.Equal(0, await Js<int>("document.querySelectorAll('#search-results img, #search-results script, #search-results iframe, #search-results b').length"));
        var title = await Js<string>("document.querySelector('.search-hit-link').textContent");
        Assert.Contains("<img src=x", title, StringComparison.Ordinal);
        Assert.Contains("<img src=x", await Js<string>("document.querySelector('.search-status').textContent"), StringComparison.Ordinal);
        Assert.False(await Js<bool>("[...document.querySelectorAll('#search-results a')].some(a => a.href.startsWith('javascript:'))"));
        await Task.Delay(200);
        Assert.Null(await Js<string?>("window.__pwned ?? null"));
        NoProblems();
    }

    [Fact]
    public async Task A_result_link_carries_the_query_and_the_landing_page_marks_it()
    {
        await Open("?q=Singapore%20travel%20rule&kind=stance");
        await Settled("results");
        var href = await Js<string>("document.querySelector('a.search-hit-link').href");
        Assert.Contains("hl=Singapore%20travel%20rule", href, StringComparison.Ordinal);
        await page.GoToAsync(href);
        await page.WaitForFunctionAsync("() => Number(document.documentElement.dataset.highlighted) > 0");
        var marked = await Js<string[]>("[...document.querySelectorAll('mark.search-hl')].map(m => m.textContent.toLowerCase())");
        Assert.Contains("singapore", marked);
        NoProblems();
    }

    [Fact]
    public async Task A_guidance_section_result_deep_links_to_its_heading()
    {
        await Open("?q=passporting&kind=guidance-section");
        await Settled("results");
        var href = await Js<string>("document.querySelector('a.search-hit-link').getAttribute('href')");
        Assert.Matches(@"^\.\./guidance/[a-z0-9-]+/\?hl=passporting#[a-z0-9-]+$", href);
        await page.ClickAsync("a.search-hit-link");
        await page.WaitForFunctionAsync("() => location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1))) !== null");
        NoProblems();
    }

    [Fact]
    public async Task Opened_from_disk_search_runs_from_the_script_mirror_of_the_index()
    {
        // file:// pages may not fetch(); the classic bundle reads search/js/*.bin.js instead, under the same CSP.
        await page.GoToAsync(new Uri(Path.Combine(site.SiteFolder, "search", "index.html")).AbsoluteUri + "?q=travel%20rule");
        await Settled("results");
        Assert.True(await Js<int>("document.querySelectorAll('.search-hit').length") > 0);
        var href = await Js<string>("document.querySelector('a.search-hit-link').getAttribute('href')");
        Assert.Matches(@"^\.\./[a-z0-9/-]+/index\.html\?hl=", href);
        await Submit("custody");
        Assert.Equal("results", await Js<string>("document.getElementById('search-results').dataset.state"));
        NoProblems();
    }
}
