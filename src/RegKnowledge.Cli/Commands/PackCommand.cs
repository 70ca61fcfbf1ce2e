using System.CommandLine;
using System.Globalization;
using RegKnowledge.Cli.Reporting;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Packs;
using RegKnowledge.Packs.Composition;
using RegKnowledge.Packs.Printing;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk pack</c>: one briefing pack for a jurisdiction (optionally one regulator, some topics) as PDF and/or HTML; and the
/// packs stage of <c>regk build</c> (<see cref="WriteForBuild"/>).</summary>
internal static class PackCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "Jurisdiction id, e.g. sg", Required = true };
        var regulator = new Option<string?>("--regulator") { Description = "Address the pack to this regulator only (default: all regulators of the jurisdiction)" };
        var topics = new Option<string[]>("--topic") { Description = "Limit the pack to a topic (repeatable)", AllowMultipleArgumentsPerToken = true };
        var format = CommonOptions.Format("both", "pdf", "html", "both");
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write to (default: ./artifacts/packs)",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "packs")),
        };
        var content = CommonOptions.Content();
        var audience = new Option<string?>("--audience") { Description = "Audience of the build; the pack holds at most the lower of its ceiling and the recipient's" };
        var chromium = new Option<string>("--chromium")
        {
            Description = $"Chromium executable for PDFs (default: {PackOptions.DefaultChromiumPath})",
            DefaultValueFactory = _ => PackOptions.DefaultChromiumPath,
        };
        var command = new Command("pack", "Build a briefing pack for a regulator: cover, one-page summary, regime, standards alignment, engagement, "
            + "guidance and sourced appendices, with only the content the recipient may receive.")
        {
            jurisdiction, regulator, topics, format, outDir, content, audience, chromium,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(content)!;
            var clock = BuildClock.FromEnvironment();
            var checkedContent = CheckedContent.From(folder.FullName, clock);
            if (checkedContent.HasErrors)
            {
                DiagnosticWriter.Write(error, "text", checkedContent.Diagnostics.Where(d => d.Severity == Severity.Error).ToList(), ContentPaths.DisplayPrefix(folder));
                error.WriteLine("regk pack: the content has errors; fix them (regk validate) before building packs.");
                return ExitCodes.ContentErrors;
            }

            try
            {
                var chosen = KnowledgeGraph.ResolveAudience(checkedContent.Content, parse.GetValue(audience));
                var graph = KnowledgeGraph.Build(checkedContent.Content, chosen, clock);
                var request = new PackRequest(parse.GetValue(jurisdiction)!, parse.GetValue(regulator), parse.GetValue(topics) ?? []);
                var options = Options(folder.FullName, parse.GetValue(format)!, parse.GetValue(chromium)!);
                var target = parse.GetValue(outDir)!;
                var result = PackBuilder.Build(graph, [request], target.FullName, options);
                foreach (var file in result.Files)
                {
                    output.WriteLine($"wrote {ContentPaths.DisplayPrefix(target)}{Path.GetFileName(file.Path)} ({Describe(file)})");
                }

                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is ArgumentException or PackRequestException or ChromiumNotFoundException or PackPrintException)
            {
                error.WriteLine($"regk pack: {ex.Message}");
                return ExitCodes.UsageOrInternal;
            }
        });
        return command;
    }

    /// <summary>The packs stage of <c>regk build</c>: every pack into <c>&lt;root&gt;/packs</c>, copied into <c>&lt;site&gt;/packs</c> so the
    /// jurisdiction pages' links work wherever the site is served. Returns the exit code (2 when Chromium is missing or fails).</summary>
    public static int WriteForBuild(KnowledgeGraph graph, string root, string siteDirectory, TextWriter output, TextWriter error)
    {
        try
        {
            var options = Options(graph.Content.Root, "both", PackOptions.DefaultChromiumPath);
            var result = PackBuilder.BuildAll(graph, Path.Combine(root, "packs"), options);
            var copy = Path.Combine(siteDirectory, "packs");
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }

            Directory.CreateDirectory(copy);
            foreach (var file in result.Files)
            {
                File.Copy(file.Path, Path.Combine(copy, Path.GetFileName(file.Path)));
            }

            var pdfs = result.Files.Where(f => f.Pages is not null).ToList();
            var perPack = pdfs.Count == 0 ? 0 : result.PrintTime.TotalMilliseconds / pdfs.Count;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"packs ({graph.Audience.Id}): {result.Packs} packs, {pdfs.Sum(f => f.Pages)} PDF pages → {result.OutputDirectory}; "
                + $"compose {result.ComposeTime.TotalMilliseconds:0} ms, print {result.PrintTime.TotalMilliseconds:0} ms ({perPack:0} ms per pack)"));
            foreach (var skipped in result.Skipped)
            {
                output.WriteLine($"  skipped {skipped}");
            }

            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is ChromiumNotFoundException or PackPrintException)
        {
            error.WriteLine($"regk build: the site was written, but the briefing packs were not: {ex.Message}");
            return ExitCodes.UsageOrInternal;
        }
    }

    private static PackOptions Options(string contentRoot, string format, string chromium) => new()
    {
        Formats = format switch
        {
            "pdf" => PackFormats.Pdf,
            "html" => PackFormats.Html,
            _ => PackFormats.Both,
        },
        ContentVersion = ContentVersion.Describe(contentRoot, includeGitCommit: true),
        ChromiumPath = chromium,
    };

    private static string Describe(PackFile file)
    {
        var pages = file.Pages is { } n ? string.Create(CultureInfo.InvariantCulture, $"{n} pages, ") : "";
        var time = file.PrintTime is { } t ? string.Create(CultureInfo.InvariantCulture, $", printed in {t.TotalMilliseconds:0} ms") : "";
        return string.Create(CultureInfo.InvariantCulture, $"{pages}{file.Bytes / 1024} KiB, {TlpText.Label(file.Label)}, {file.PackId}{time}");
    }
}
