using System.Diagnostics;
using RegKnowledge.Content.Graph;
using RegKnowledge.Packs.Composition;
using RegKnowledge.Packs.Printing;
using RegKnowledge.Packs.Rendering;

namespace RegKnowledge.Packs;

/// <summary>Builds briefing packs for regulators from a knowledge graph: HTML and PDF, only what each recipient may receive, every
/// claim sourced, byte-identical for the same content and <c>SOURCE_DATE_EPOCH</c>.</summary>
public static class PackBuilder
{
    /// <summary>The packs a default build writes: one per jurisdiction, plus one per regulator where a jurisdiction has several.</summary>
    public static IReadOnlyList<PackRequest> Plan(KnowledgeGraph graph) => graph.Jurisdictions
        .SelectMany(j => j.Regulators.Count > 1
            ? j.Regulators.Select(r => r.Id).Order(StringComparer.Ordinal).Select(r => new PackRequest(j.Id, r)).Prepend(new PackRequest(j.Id))
            : [new PackRequest(j.Id)])
        .ToList();

    /// <summary>Writes every pack of <see cref="Plan"/> into <paramref name="packsDirectory"/> (file names as <see cref="SiteUrls.Pack"/>),
    /// replacing what was there only once all succeeded. A jurisdiction labelled above its recipients' clearance is skipped and reported.</summary>
    /// <exception cref="ChromiumNotFoundException">PDFs were asked for and Chromium is missing; nothing was written.</exception>
    public static PackBuildResult BuildAll(KnowledgeGraph graph, string packsDirectory, PackOptions options)
    {
        var target = Path.GetFullPath(packsDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(target)}.*-*"))
        {
            Directory.Delete(leftover, recursive: true); // from a run that was killed half-way
        }

        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Guid.NewGuid():N}");
        try
        {
            var result = Run(graph, Plan(graph), staging, options, skipUnbuildable: true);
            var previous = Path.Combine(parent, $".{Path.GetFileName(target)}.previous-{Guid.NewGuid():N}");
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(staging, target);
            if (Directory.Exists(previous))
            {
                Directory.Delete(previous, recursive: true);
            }

            return result with { OutputDirectory = target, Files = result.Files.Select(f => f with { Path = Path.Combine(target, Path.GetFileName(f.Path)) }).ToList() };
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Writes the packs of <paramref name="requests"/> into <paramref name="outputDirectory"/>, replacing files of the same name.</summary>
    /// <exception cref="PackRequestException">A request names an unknown jurisdiction, regulator or topic, or nothing the recipient may receive.</exception>
    /// <exception cref="ChromiumNotFoundException">PDFs were asked for and Chromium is missing; nothing was written.</exception>
    public static PackBuildResult Build(KnowledgeGraph graph, IReadOnlyList<PackRequest> requests, string outputDirectory, PackOptions options) =>
        Run(graph, requests, Path.GetFullPath(outputDirectory), options, skipUnbuildable: false);

    private static PackBuildResult Run(KnowledgeGraph graph, IReadOnlyList<PackRequest> requests, string outputDirectory, PackOptions options, bool skipUnbuildable)
    {
        var total = Stopwatch.StartNew();
        var version = options.ContentVersion ?? ContentVersion.Describe(graph.Content.Root, includeGitCommit: false);
        using var renderer = new LockedRenderer();
        var skipped = new List<string>();
        var rendered = new List<RenderedPack>();
        foreach (var request in requests)
        {
            try
            {
                rendered.Add(PackHtml.Render(renderer.Inner, PackComposer.Compose(graph, request, version), graph.Taxonomy.Glossary));
            }
            catch (PackRequestException ex) when (skipUnbuildable)
            {
                skipped.Add($"{request}: {ex.Message}");
                options.Log?.Invoke($"pack {request} skipped: {ex.Message}");
            }
        }

        var composeTime = total.Elapsed;
        var printed = options.Formats.HasFlag(PackFormats.Pdf)
            ? PrintAll(rendered, renderer, graph.Clock.Today, options).GetAwaiter().GetResult()
            : [];
        var printTime = total.Elapsed - composeTime;

        Directory.CreateDirectory(outputDirectory);
        var files = new List<PackFile>();
        for (var i = 0; i < rendered.Count; i++)
        {
            var pack = rendered[i];
            if (options.Formats.HasFlag(PackFormats.Html))
            {
                var bytes = new System.Text.UTF8Encoding(false).GetBytes(pack.Html);
                files.Add(Write(outputDirectory, pack, "html", bytes, null, null));
            }

            if (printed.Count > 0)
            {
                var (pdf, time) = printed[i];
                files.Add(Write(outputDirectory, pack, "pdf", pdf.Pdf, pdf.Pages, time));
                options.Log?.Invoke($"pack {pack.Composed.Request.FileName("pdf")}: {pdf.Pages} pages, {Model.Common.TlpText.Label(pack.Composed.Label)}, "
                    + $"{pack.PackId}, printed in {time.TotalMilliseconds:0} ms");
            }
        }

        return new PackBuildResult(outputDirectory, files, skipped, composeTime, printTime, total.Elapsed);
    }

    private static async Task<IReadOnlyList<(PrintedPack Pdf, TimeSpan Time)>> PrintAll(IReadOnlyList<RenderedPack> packs, LockedRenderer renderer,
        DateOnly date, PackOptions options)
    {
        var results = new (PrintedPack, TimeSpan)[packs.Count];
        if (packs.Count == 0)
        {
            return results;
        }

        await using var printer = await PackPrinter.StartAsync(options.ChromiumPath, options.ParallelPrints).ConfigureAwait(false);
        await Parallel.ForEachAsync(Enumerable.Range(0, packs.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.ParallelPrints) },
            async (i, _) =>
            {
                var started = Stopwatch.GetTimestamp();
                var pack = packs[i];
                var pdf = await TwoPassPrint.PrintAsync(printer, pages => renderer.WithPageNumbers(pack, pages), pack, date).ConfigureAwait(false);
                results[i] = (pdf, Stopwatch.GetElapsedTime(started));
            }).ConfigureAwait(false);
        return results;
    }

    private static PackFile Write(string folder, RenderedPack pack, string extension, byte[] bytes, int? pages, TimeSpan? time)
    {
        var path = Path.Combine(folder, pack.Composed.Request.FileName(extension));
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return new PackFile(path, pack.Composed.Request, pack.PackId, pack.Composed.Label, bytes.Length, pages, time);
    }

    /// <summary>The renderer shared by the printing tasks; one render at a time.</summary>
    private sealed class LockedRenderer : IDisposable
    {
        private readonly Lock gate = new();

        public PackRenderer Inner { get; } = new();

        public string WithPageNumbers(RenderedPack pack, IReadOnlyList<int?> pages)
        {
            lock (gate)
            {
                return pack.WithPageNumbers(Inner, pages);
            }
        }

        public void Dispose() => Inner.Dispose();
    }
}
