using System.Diagnostics;
using System.Net;
using System.Text;
using RegKnowledge.Search.Documents;

namespace RegKnowledge.Benchmarks.BrowserSearch;

/// <summary>The same documents as HTML pages for Pagefind (one page per document under pf/), Pagefind's index of them,
/// and a page that runs Pagefind's JS API.</summary>
internal static class PagefindSite
{
    public static void WritePages(string site, IReadOnlyList<SearchDocument> documents)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            var html = new StringBuilder()
                .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(d.Title))
                .Append("</title></head><body><main data-pagefind-body><h1>").Append(WebUtility.HtmlEncode(d.Title))
                .Append("</h1><p>").Append(WebUtility.HtmlEncode(d.Context)).Append("</p><p>").Append(WebUtility.HtmlEncode(d.Body))
                .Append("</p></main></body></html>\n");
            var folder = Path.Combine(site, "pf", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.html"), html.ToString());
        }

        var bench = Path.Combine(site, "pagefind-bench");
        Directory.CreateDirectory(bench);
        File.WriteAllText(Path.Combine(bench, "index.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pagefind bench</title>" +
            "<script type=\"module\" src=\"bench.js\"></script></head><body></body></html>\n");
        File.WriteAllText(Path.Combine(bench, "bench.js"), """
            const pagefind = await import('../pagefind/pagefind.js');
            await pagefind.init();
            window.__bench = async q => {
              const t0 = performance.now();
              const search = await pagefind.search(q);
              await Promise.all(search.results.slice(0, 10).map(r => r.data()));
              return { ms: performance.now() - t0, total: search.results.length };
            };
            window.__ready = true;
            """);
    }

    /// <summary>Runs the pagefind binary from node_modules over <paramref name="site"/>; returns the elapsed time.</summary>
    public static TimeSpan Index(string repositoryRoot, string site)
    {
        var binary = Path.Combine(repositoryRoot, "node_modules", ".bin", "pagefind");
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException("pagefind is missing: run 'npm ci' in the repository root (build.ps1 bench does)", binary);
        }

        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--site", site, "--glob", "pf/**/*.html" })
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pagefind failed ({process.ExitCode}): {output.Result}\n{error.Result}");
        }

        return watch.Elapsed;
    }
}
