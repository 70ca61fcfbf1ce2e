using RegKnowledge.Content.Validate;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Workflow.Diff;

/// <summary>Compares the content of two revisions by meaning: <c>regk diff</c>'s engine.</summary>
public static class ContentDiff
{
    /// <summary>Compares the content folder at <paramref name="baseRevision"/> with <paramref name="headRevision"/>
    /// (null: the working tree, including files not yet committed).</summary>
    public static DiffReport BetweenRevisions(string contentDirectory, string baseRevision, string? headRevision, IClock clock)
    {
        var location = GitContentLocation.Find(contentDirectory);
        var baseCommit = location.ResolveCommit(baseRevision);
        var headCommit = headRevision is null ? null : location.ResolveCommit(headRevision);
        var scratch = Path.Combine(Path.GetTempPath(), "regk-diff-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var before = CheckedContent.From(location.Extract(baseCommit, Path.Combine(scratch, "base")), clock);
            var after = CheckedContent.From(
                headCommit is null ? location.WorkingTreeContent : location.Extract(headCommit, Path.Combine(scratch, "head")), clock);
            return Compare(before, after,
                new RevisionLabel(baseRevision, baseCommit),
                headRevision is null ? new RevisionLabel("working tree", null) : new RevisionLabel(headRevision, headCommit),
                location.Renames(baseCommit, headCommit));
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Compares two loaded and validated content sets; <paramref name="fileRenames"/> maps old to new paths (relative to the content folder).</summary>
    public static DiffReport Compare(CheckedContent before, CheckedContent after, RevisionLabel baseLabel, RevisionLabel headLabel,
        IReadOnlyDictionary<string, string> fileRenames)
    {
        var inputs = new DiffInputs(before.Content, after.Content, fileRenames);
        var changes = JurisdictionChanges.Describe(inputs)
            .Concat(StandardChanges.Describe(inputs))
            .Concat(MappingChanges.Describe(inputs))
            .Concat(ActivityChanges.Describe(inputs))
            .Concat(VocabularyChanges.Describe(inputs))
            .OrderBy(c => c.Area)
            .ThenBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

        // A finding counts as introduced only if the base had no finding with the same code and message in the same
        // file — followed through renames, so renaming a file with a known warning does not "introduce" it again.
        var renamed = new Dictionary<string, string>(fileRenames, StringComparer.Ordinal);
        foreach (var change in changes.Where(c => c.Type == ChangeType.Renamed))
        {
            var oldFile = Path.Combine(Path.GetDirectoryName(change.File) ?? "", change.RenamedFrom + ".yaml").Replace('\\', '/');
            renamed.TryAdd(oldFile, change.File);
        }

        var known = before.Diagnostics.Select(d => Key(d, renamed.GetValueOrDefault(d.Location.File) ?? d.Location.File)).ToHashSet();
        var introduced = after.Diagnostics.Where(d => !known.Contains(Key(d, d.Location.File))).ToList();
        return new DiffReport(baseLabel, headLabel, changes, introduced, after.Diagnostics.Count(d => d.Severity == Severity.Error));
    }

    private static (string Code, string Message, string File) Key(Diagnostic d, string file) => (d.Code, d.Message, file);
}
