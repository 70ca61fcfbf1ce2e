using RegKnowledge.Model;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Configuration;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Model.Engagements;
using RegKnowledge.Model.Governance;
using RegKnowledge.Model.Guidance;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Model.Mappings;
using RegKnowledge.Model.Standards;
using RegKnowledge.Model.Taxonomy;

namespace RegKnowledge.Content.Load;

/// <summary>The outcome of loading: what could be read, and every diagnostic met on the way.</summary>
public sealed record LoadResult(ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Reads a content folder: one kind per folder, files in ordinal order, each file strictly checked.</summary>
public static class ContentLoader
{
    private const string SchemaFolder = "schema";

    /// <summary>Loads everything under <paramref name="root"/>.</summary>
    public static LoadResult Load(string root, LoadLimits? limits = null)
    {
        limits ??= LoadLimits.Default;
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile, SourceLocation.StartOf(root), "the content folder does not exist"));
            return new LoadResult(new ContentSet { Root = root }, diagnostics);
        }

        diagnostics.AddRange(UnexpectedEntries(root));
        var loaded = ContentKind.All.ToDictionary(k => k.Name, k => LoadKind(root, k, limits, diagnostics));
        var content = new ContentSet
        {
            Root = Path.GetFullPath(root),
            Site = loaded["site"].OfType<SiteConfig>().FirstOrDefault(),
            Taxonomy = loaded["taxonomy"].OfType<TaxonomyFile>().FirstOrDefault(),
            Governance = loaded["governance"].OfType<GoverningBody>().ToList(),
            Jurisdictions = loaded["jurisdiction"].OfType<Jurisdiction>().ToList(),
            Standards = loaded["standard"].OfType<Standard>().ToList(),
            MappingSets = loaded["mapping"].OfType<MappingSet>().ToList(),
            Guidance = loaded["guidance"].OfType<GuidanceArticle>().ToList(),
            Engagements = loaded["engagement"].OfType<Engagement>().ToList(),
        };
        return new LoadResult(content, diagnostics);
    }

    /// <summary>Loads one file as <paramref name="kind"/>; used by the loader and by tests.</summary>
    public static ContentNode? LoadFile(string root, string relativePath, ContentKind kind, LoadLimits limits, List<Diagnostic> diagnostics)
    {
        var display = relativePath.Replace('\\', '/');
        var full = Path.Combine(root, relativePath);
        try
        {
            var text = TextGate.Decode(display, FileGate.Read(full, display, limits));
            var tree = YamlTreeReader.Read(display, text, limits);
            var fileDiagnostics = new List<Diagnostic>();
            var node = (ContentNode)typeof(ContentBinder).GetMethod(nameof(ContentBinder.Bind))!
                .MakeGenericMethod(kind.ModelType)
                .Invoke(new ContentBinder(limits, fileDiagnostics), [tree])!;
            diagnostics.AddRange(fileDiagnostics);
            CheckFileName(kind, node, display, diagnostics);
            return node;
        }
        catch (ContentLoadException ex)
        {
            diagnostics.Add(ex.Diagnostic);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile, SourceLocation.StartOf(display), $"cannot read the file: {ex.Message}"));
            return null;
        }
    }

    private static List<ContentNode> LoadKind(string root, ContentKind kind, LoadLimits limits, List<Diagnostic> diagnostics)
    {
        var folder = Path.Combine(root, kind.Folder);
        var files = kind.SingleFile is { } single
            ? [Path.Combine(kind.Folder, single)]
            : Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.yaml").Select(f => Path.GetRelativePath(root, f)).OrderBy(f => f, StringComparer.Ordinal).ToList()
                : new List<string>();

        if (kind.SingleFile is not null && !File.Exists(Path.Combine(root, files[0])))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile, SourceLocation.StartOf(files[0].Replace('\\', '/')),
                $"required file is missing: {kind.Folder}/{kind.SingleFile}"));
            return [];
        }

        // Files are independent: parse them in parallel, then restore ordinal order so output never depends on scheduling.
        var results = files
            .AsParallel().AsOrdered()
            .Select(file =>
            {
                var local = new List<Diagnostic>();
                return (Node: LoadFile(root, file, kind, limits, local), Diagnostics: local);
            })
            .ToList();

        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
        }

        return results.Where(r => r.Node is not null).Select(r => r.Node!).ToList();
    }

    private static void CheckFileName(ContentKind kind, ContentNode node, string display, List<Diagnostic> diagnostics)
    {
        if (!kind.OneFilePerItem || ContentKind.IdOf(node) is not { Length: > 0 } id)
        {
            return;
        }

        var expected = Path.GetFileNameWithoutExtension(display);
        if (!string.Equals(id, expected, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.IdFileMismatch, node.At("id"), $"id '{id}' does not match the file name '{expected}.yaml'; rename one of them"));
        }
    }

    private static IEnumerable<Diagnostic> UnexpectedEntries(string root)
    {
        var known = ContentKind.All.Select(k => k.Folder).Append(SchemaFolder).ToHashSet(StringComparer.Ordinal);
        foreach (var directory in Directory.EnumerateDirectories(root).Select(Path.GetFileName).OrderBy(d => d, StringComparer.Ordinal))
        {
            if (directory is null || directory.StartsWith('.') || known.Contains(directory))
            {
                continue;
            }

            yield return Diagnostic.Error(DiagnosticCodes.UnexpectedFile, SourceLocation.StartOf(directory + "/"),
                $"unknown folder '{directory}'; content lives in: {string.Join(", ", ContentKind.All.Select(k => k.Folder).Distinct())}");
        }

        foreach (var kind in ContentKind.All.Where(k => k.SingleFile is null))
        {
            var folder = Path.Combine(root, kind.Folder);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            // Sub-folders are never read; saying so beats silently skipping guidance/drafts/x.yaml (or a folder named x.yaml).
            foreach (var sub in Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OrderBy(d => d, StringComparer.Ordinal))
            {
                if (sub is not null && !sub.StartsWith('.'))
                {
                    yield return Diagnostic.Error(DiagnosticCodes.UnexpectedFile, SourceLocation.StartOf($"{kind.Folder}/{sub}/"),
                        $"folders inside {kind.Folder}/ are not read; put content files directly in {kind.Folder}/");
                }
            }

            foreach (var file in Directory.EnumerateFiles(folder).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal))
            {
                if (file is null || file.EndsWith(".yaml", StringComparison.Ordinal) || file.StartsWith('.'))
                {
                    continue;
                }

                yield return Diagnostic.Error(DiagnosticCodes.UnexpectedFile, SourceLocation.StartOf($"{kind.Folder}/{file}"),
                    file.EndsWith(".yml", StringComparison.Ordinal)
                        ? "content files end in .yaml, not .yml; rename it"
                        : "this file is not read; content files end in .yaml");
            }
        }
    }
}
