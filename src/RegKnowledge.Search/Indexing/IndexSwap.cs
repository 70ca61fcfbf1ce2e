namespace RegKnowledge.Search.Indexing;

/// <summary>Puts a fully written index in place of the old one, so a failed build never leaves half an index behind.</summary>
/// <remarks>Two renames in the same parent folder: old → aside, new → target; the old one is deleted afterwards, or moved
/// back if the second rename fails. Between the renames (microseconds) the target path does not exist; a reader that
/// opens it then gets "not found", never a mix of files.</remarks>
internal static class IndexSwap
{
    /// <summary>A fresh, empty sibling folder of <paramref name="target"/> to build into.</summary>
    public static string StagingFolderFor(string target)
    {
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{target}' has no parent folder");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Replaces <paramref name="target"/> by <paramref name="staged"/>.</summary>
    public static void Replace(string target, string staged)
    {
        if (File.Exists(target))
        {
            throw new IOException($"'{target}' is a file, not an index folder");
        }

        if (!Directory.Exists(target))
        {
            Directory.Move(staged, target);
            return;
        }

        if (!LooksLikeIndex(target))
        {
            throw new IOException($"'{target}' exists and is not a search index; refusing to replace it");
        }

        var aside = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
        Directory.Move(target, aside);
        try
        {
            Directory.Move(staged, target);
        }
        catch
        {
            Directory.Move(aside, target);
            throw;
        }

        Directory.Delete(aside, recursive: true);
    }

    /// <summary>An empty folder, or one holding a previous build (its analysis settings file or Lucene's segments file).</summary>
    private static bool LooksLikeIndex(string folder) =>
        !Directory.EnumerateFileSystemEntries(folder).Any()
        || File.Exists(Path.Combine(folder, Analysis.AnalysisSettings.FileName))
        || File.Exists(Path.Combine(folder, "segments.gen"));
}
