using System.Text;

namespace RegKnowledge.Testing.Synthetic;

/// <summary>What <see cref="SyntheticCorpus.Write"/> produced.</summary>
public sealed record SyntheticCorpusSummary(SyntheticScale Scale, int Seed, int Files, long Bytes, int Documents, IReadOnlyDictionary<string, int> FilesPerFolder);

/// <summary>Generates valid content of any size, deterministically: the same scale and seed give byte-identical files.
/// Benchmarks and scale tests use it; it validates clean against <see cref="ReferenceDate"/>.</summary>
public static class SyntheticCorpus
{
    /// <summary>The date the content is fresh on (no stale or overdue warnings); run the CLI with <c>SOURCE_DATE_EPOCH</c> set to it.</summary>
    public static DateOnly ReferenceDate { get; } = new(2026, 11, 27);

    /// <summary><see cref="ReferenceDate"/> as seconds since the Unix epoch, for <c>SOURCE_DATE_EPOCH</c>.</summary>
    public static long ReferenceEpochSeconds =>
        new DateTimeOffset(ReferenceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a corpus into <paramref name="folder"/>, which must be absent or empty.</summary>
    public static SyntheticCorpusSummary Write(string folder, SyntheticScale scale, int seed)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException($"'{folder}' is not empty; synthetic corpora are written into an empty folder so no stale file survives");
        }

        var world = SyntheticWorld.Plan(scale, seed);
        var files = 0;
        var bytes = 0L;
        var sections = 0;
        var perFolder = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, text) in Files(world))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var content = Utf8.GetBytes(text);
            File.WriteAllBytes(full, content);
            files++;
            bytes += content.Length;
            var top = path[..path.IndexOf('/', StringComparison.Ordinal)];
            perFolder[top] = perFolder.GetValueOrDefault(top) + 1;
            if (path.StartsWith("guidance/", StringComparison.Ordinal))
            {
                sections += CountOf(text, "\n  ## ");
            }
        }

        return new SyntheticCorpusSummary(scale, seed, files, bytes, Documents(scale, sections), perFolder);
    }

    private static IEnumerable<(string Path, string Text)> Files(SyntheticWorld world) =>
        SiteAndTaxonomyFiles.All(world)
            .Concat(GovernanceFiles.All(world))
            .Concat(JurisdictionFiles.All(world))
            .Concat(StandardFiles.All(world))
            .Concat(MappingFiles.All(world))
            .Concat(GuidanceFiles.All(world))
            .Concat(EngagementFiles.All(world));

    /// <summary>Indexable documents: every item, stance, clause, mapping and guidance section.</summary>
    private static int Documents(SyntheticScale scale, int guidanceSections) =>
        scale.EstimatedDocuments - scale.Guidance * scale.SectionsPerGuidance + guidanceSections;

    private static int CountOf(string text, string needle)
    {
        var count = 0;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
