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
        var timings = new Dictionary<string, (int Count, TimeSpan Total)>(StringComparer.Ordinal);
        using (var renderer = new PageRenderer())
        {
            foreach (var page in pages)
            {
                var started = Stopwatch.GetTimestamp();
                var html = renderer.Render(page.Component, page.Model);
                var elapsed = Stopwatch.GetElapsedTime(started);
                var (count, total) = timings.GetValueOrDefault(page.Component.Name);
                timings[page.Component.Name] = (count + 1, total + elapsed);
                Add(files, page.FilePath, Encoding.UTF8.GetBytes(html.TrimEnd() + "\n"));
            }
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
            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }
        });
        var writeTime = clock.Elapsed;
        options.Log?.Invoke($"site: {pages.Count} pages, {files.Count} files in {Path.GetFullPath(outputDirectory)}");

        return new SiteBuildResult(
            Path.GetFullPath(outputDirectory), pages.Count, files.Count, files.Values.Sum(b => (long)b.Length),
            modelTime, renderTime, checkTime, writeTime,
            timings.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new PageTypeTiming(t.Key, t.Value.Count, t.Value.Total)).ToList());
    }

    private static void Add(IDictionary<string, byte[]> files, string path, byte[] bytes)
    {
        if (!files.TryAdd(path, bytes))
        {
            throw new SiteBuildException($"two outputs claim {path}", [$"{path} is generated twice (two items share an id?)"]);
        }
    }
}
