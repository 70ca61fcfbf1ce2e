namespace RegKnowledge.Benchmarks.BrowserSearch;

/// <summary>One search engine on the benchmark site: the page to open, how to tell it is ready, how to run one query in
/// the page (a JS function of the query that resolves to { ms, total }), and which request paths are the search's own.</summary>
internal sealed record EngineUnderTest(string Name, string PagePath, string ReadyExpression, string QueryFunction, Func<string, bool> IsSearchRequest)
{
    /// <summary>The RegKnowledge search page: the query typed and Enter pressed (the form submitted; no timer runs on either path)
    /// until the results are in the DOM (the page's rendered event: results, snippets and facet counts built).</summary>
    public static EngineUnderTest RegKnowledge { get; } = new(
        "RegKnowledge (Lucene export)",
        "site/search/",
        "['ready','results','empty'].includes(document.getElementById('search-results')?.dataset.state)",
        """
        q => new Promise(resolve => {
          const root = document.getElementById('search-results');
          const input = document.getElementById('search-input');
          const t0 = performance.now();
          const done = e => {
            if (e.detail.query !== q) return;
            root.removeEventListener('regk-search-rendered', done);
            resolve({ ms: performance.now() - t0, total: e.detail.total });
          };
          root.addEventListener('regk-search-rendered', done);
          input.value = q;
          document.getElementById('search-form').requestSubmit();
        })
        """,
        path => path.StartsWith("/site/assets/search/", StringComparison.Ordinal) || (path.StartsWith("/site/search/", StringComparison.Ordinal) && !path.EndsWith('/')));

    /// <summary>Pagefind's JS API: search, then load the data of the first ten results (what a result list shows).</summary>
    public static EngineUnderTest Pagefind { get; } = new(
        "Pagefind 1.6.0",
        "site/pagefind-bench/",
        "window.__ready === true",
        "q => window.__bench(q)",
        path => path.StartsWith("/site/pagefind/", StringComparison.Ordinal));
}
