using RegKnowledge.Model;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Workflow.Diff;

/// <summary>The two content sets being compared, and the file renames git reported, as item renames per folder.</summary>
internal sealed class DiffInputs
{
    private static readonly Dictionary<string, string> NoRenames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> renamesByFolder = new(StringComparer.Ordinal);

    public DiffInputs(ContentSet before, ContentSet after, IReadOnlyDictionary<string, string> fileRenames)
    {
        Before = before;
        After = after;
        foreach (var (oldPath, newPath) in fileRenames)
        {
            var oldFolder = Path.GetDirectoryName(oldPath)?.Replace('\\', '/') ?? "";
            var newFolder = Path.GetDirectoryName(newPath)?.Replace('\\', '/') ?? "";
            if (oldFolder != newFolder) continue;
            if (!renamesByFolder.TryGetValue(oldFolder, out var renames))
            {
                renamesByFolder[oldFolder] = renames = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            renames[Path.GetFileNameWithoutExtension(oldPath)] = Path.GetFileNameWithoutExtension(newPath);
        }
    }

    public ContentSet Before { get; }
    public ContentSet After { get; }

    /// <summary>Item renames (old id → new id) git saw as file renames in <paramref name="folder"/>, for kinds whose id is the file name.</summary>
    public IReadOnlyDictionary<string, string> RenamesIn(string folder) => renamesByFolder.GetValueOrDefault(folder) ?? NoRenames;

    /// <summary>Display name of a jurisdiction id, from the head if it is there, else the base.</summary>
    public string JurisdictionName(string id) =>
        After.Jurisdictions.FirstOrDefault(j => j.Id == id)?.Name ?? Before.Jurisdictions.FirstOrDefault(j => j.Id == id)?.Name ?? id;
}

/// <summary>Turns a matched pair into a <see cref="ContentChange"/>, or nothing when the pair is unchanged.</summary>
internal static class ChangeBuilder
{
    public static ContentChange? From<T>(
        ChangeArea area,
        MatchedPair<T> pair,
        Func<T, string> id,
        Func<T, string> subject,
        Func<T, string> addedHeadline,
        Func<T, string> removedHeadline,
        Func<T, T, List<string>> phrases) where T : ContentNode
    {
        if (pair.Base is null)
        {
            var head = pair.Head!;
            return new ContentChange(area, ChangeType.Added, id(head), subject(head), addedHeadline(head), [], null, head.Location.File);
        }

        if (pair.Head is null)
        {
            return new ContentChange(area, ChangeType.Removed, id(pair.Base), subject(pair.Base), removedHeadline(pair.Base), [], null, pair.Base.Location.File);
        }

        var list = phrases(pair.Base, pair.Head);
        if (pair.RenamedFrom is { } oldId)
        {
            return new ContentChange(area, ChangeType.Renamed, id(pair.Head), subject(pair.Head), $"renamed from {oldId}", list, oldId, pair.Head.Location.File);
        }

        return list.Count == 0
            ? null
            : new ContentChange(area, ChangeType.Changed, id(pair.Head), subject(pair.Head), list[0], list.Skip(1).ToList(), null, pair.Head.Location.File);
    }

    /// <summary>Similarity for rename detection, ignoring the id itself.</summary>
    public static double AlikeButId<T>(T a, T b) where T : ContentNode => ContentText.Similarity(a, b, "id");
}
