namespace RegKnowledge.Workflow.Diff;

/// <summary>An item in the base, the head, or both; <see cref="RenamedFrom"/> is set when its id changed.</summary>
internal sealed record MatchedPair<T>(T? Base, T? Head, string? RenamedFrom) where T : class;

/// <summary>Pairs the items of two revisions by id, following renames, so a renamed item reads as "renamed from X", not delete + add.</summary>
internal static class ItemMatcher
{
    /// <summary>Two items with different ids are the same item renamed when at least this alike.</summary>
    public const double RenameThreshold = 0.8;

    /// <summary>Pairs by id; then by <paramref name="renames"/> (old id → new id, from git); then by <paramref name="similarity"/> ≥ 80 %.</summary>
    public static List<MatchedPair<T>> Match<T>(
        IEnumerable<T> baseItems,
        IEnumerable<T> headItems,
        Func<T, string> id,
        IReadOnlyDictionary<string, string>? renames = null,
        Func<T, T, double>? similarity = null) where T : class
    {
        // A duplicated id is a validation error reported elsewhere; the first one stands for the id here.
        var before = Index(baseItems, id);
        var after = Index(headItems, id);
        var pairs = new List<MatchedPair<T>>();
        foreach (var (key, item) in before)
        {
            if (after.TryGetValue(key, out var head)) pairs.Add(new MatchedPair<T>(item, head, null));
        }

        var removed = before.Keys.Where(k => !after.ContainsKey(k)).ToHashSet(StringComparer.Ordinal);
        var added = after.Keys.Where(k => !before.ContainsKey(k)).ToHashSet(StringComparer.Ordinal);

        foreach (var (oldId, newId) in (renames ?? new Dictionary<string, string>()).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (removed.Contains(oldId) && added.Contains(newId))
            {
                pairs.Add(new MatchedPair<T>(before[oldId], after[newId], oldId));
                removed.Remove(oldId);
                added.Remove(newId);
            }
        }

        if (similarity is not null)
        {
            var candidates = removed
                .SelectMany(oldId => added.Select(newId => (oldId, newId, Score: similarity(before[oldId], after[newId]))))
                .Where(c => c.Score >= RenameThreshold)
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.oldId, StringComparer.Ordinal)
                .ThenBy(c => c.newId, StringComparer.Ordinal)
                .ToList();
            foreach (var (oldId, newId, _) in candidates)
            {
                if (removed.Contains(oldId) && added.Contains(newId))
                {
                    pairs.Add(new MatchedPair<T>(before[oldId], after[newId], oldId));
                    removed.Remove(oldId);
                    added.Remove(newId);
                }
            }
        }

        pairs.AddRange(removed.Select(k => new MatchedPair<T>(before[k], null, null)));
        pairs.AddRange(added.Select(k => new MatchedPair<T>(null, after[k], null)));
        return pairs.OrderBy(p => id(p.Head ?? p.Base!), StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) index.TryAdd(id(item), item);
        return index;
    }
}
