using System.Diagnostics;
using System.Text;
using RegKnowledge.Content.Graph;
using RegKnowledge.Site.Checking;
using RegKnowledge.Site.Feeds;
using RegKnowledge.Site.Output;
using RegKnowledge.Site.Pages;
using RegKnowledge.Site.Rendering;

namespace RegKnowledge.Site;

/// <summary>Builds the static site of one audience: graph → view models → Razor components → link check → atomic swap into the output folder.</summary>
public static class SiteBuilder
{
    /// <summary>Renders every page of <paramref name="graph"/> into <paramref name="outputDirectory"/>, replacing its previous content only when all succeeded.</summary>
    /// <exception cref="SiteBuildException">An internal link or anchor is broken; nothing was written.</exception>
    public static SiteBuildResult Build(KnowledgeGraph graph, string outputDirectory, SiteBuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var kit = PageKit.For(new SiteContext(graph, options));
        var pages = SitePlan.Pages(kit).ToList();
        var modelTime = clock.Elapsed;

        clock.Restart();
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var (html, elapsed) = RenderAll(pages);
        var timings = new Dictionary<string, (int Count, TimeSpan Total)>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var (count, total) = timings.GetValueOrDefault(pages[i].Component.Name);
            timings[pages[i].Component.Name] = (count + 1, total + elapsed[i]);
            Add(files, pages[i].FilePath, html[i]);
        }

        foreach (var (path, bytes) in SiteAssets.All())
        {
            Add(files, path, bytes);
        }

        Add(files, SiteUrls.Feed, AtomFeed.Build(graph));
        Add(files, SiteUrls.Sitemap, Sitemap.Build(graph.Site.BaseUrl, pages));
        Add(files, SiteUrls.Calendar, DeadlineCalendar.Build(graph));
        Add(files, "robots.txt", RobotsTxt.Build(graph));
        foreach (var (path, bytes) in options.ExtraFiles)
        {
            Add(files, path, bytes);
        }

        var renderTime = clock.Elapsed;

        clock.Restart();
        var problems = LinkChecker.Check(files, options.ExternallyProvidedPaths);
        if (problems.Count > 0)
        {
            throw new SiteBuildException($"the site has {problems.Count} broken internal link(s); the previous site was left as it was", problems);
        }

        var checkTime = clock.Elapsed;
        clock.Restart();
        AtomicDirectory.Publish(outputDirectory, folder =>
        {
            foreach (var directory in files.Keys.Select(p => Path.GetDirectoryName(Path.Combine(folder, p))!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(directory);
            }

            // Thousands of small files: writing them from both cores roughly halves this step; contents and names do not depend on the order.
            Parallel.ForEach(files, file => File.WriteAllBytes(Path.Combine(folder, file.Key), file.Value));
        });
        var writeTime = clock.Elapsed;
        options.Log?.Invoke($"site: {pages.Count} pages, {files.Count} files in {Path.GetFullPath(outputDirectory)}");

        return new SiteBuildResult(
            Path.GetFullPath(outputDirectory), pages.Count, files.Count, files.Values.Sum(b => (long)b.Length),
            modelTime, renderTime, checkTime, writeTime,
            timings.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new PageTypeTiming(t.Key, t.Value.Count, t.Value.Total)).ToList());
    }

    /// <summary>Renders every page, spread over one renderer per core (each HtmlRenderer has its own dispatcher, and the page models are
    /// built before and only read here). Results land at their page's index, so the output does not depend on the scheduling.</summary>
    private static (byte[][] Html, TimeSpan[] Elapsed) RenderAll(IReadOnlyList<PlannedPage> pages)
    {
        var html = new byte[pages.Count][];
        var elapsed = new TimeSpan[pages.Count];
        var workers = Math.Clamp(Environment.ProcessorCount, 1, 4);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            using var renderer = new PageRenderer();
            for (var i = worker; i < pages.Count; i += workers)
            {
                var started = Stopwatch.GetTimestamp();
                var text = renderer.Render(pages[i].Component, pages[i].Model);
                elapsed[i] = Stopwatch.GetElapsedTime(started);
                html[i] = Encoding.UTF8.GetBytes(text.TrimEnd() + "\n");
            }
        });
        return (html, elapsed);
    }

    private static void Add(IDictionary<string, byte[]> files, string path, byte[] bytes)
    {
        if (!files.TryAdd(path, bytes))
        {
            throw new SiteBuildException($"two outputs claim {path}", [$"{path} is generated twice (two items share an id?)"]);
        }
    }
}
