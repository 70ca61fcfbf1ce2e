using System.Formats.Tar;
using System.Text;

namespace RegKnowledge.Workflow.Diff;

/// <summary>A content folder inside a git repository: where the repository is, and the folder's path within it.</summary>
public sealed class GitContentLocation
{
    private GitContentLocation(string repositoryRoot, string contentPath, string workingTreeContent)
    {
        RepositoryRoot = repositoryRoot;
        ContentPath = contentPath;
        WorkingTreeContent = workingTreeContent;
    }

    /// <summary>The repository's top folder.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The content folder relative to the repository root, '/'-separated, without trailing slash ("" for the root).</summary>
    public string ContentPath { get; }

    /// <summary>The content folder in the working tree (absolute).</summary>
    public string WorkingTreeContent { get; }

    /// <summary>Finds the repository holding <paramref name="contentDirectory"/> (which need not exist in the working tree).</summary>
    public static GitContentLocation Find(string contentDirectory)
    {
        var full = Path.GetFullPath(contentDirectory);
        var existing = full;
        while (!Directory.Exists(existing))
        {
            existing = Path.GetDirectoryName(existing) ?? throw new GitException($"no folder above {full} exists");
        }

        if (!GitCommand.Succeeds(existing, "rev-parse", "--is-inside-work-tree"))
        {
            throw new GitException($"{full} is not inside a git repository; regk diff compares git revisions");
        }

        // --show-prefix is relative to the repository root and immune to symlinked temp folders, unlike comparing absolute paths.
        var root = GitCommand.Run(existing, "rev-parse", "--show-toplevel").Trim();
        var prefix = GitCommand.Run(existing, "rev-parse", "--show-prefix").Trim();
        var rest = Path.GetRelativePath(existing, full).Replace('\\', '/');
        var contentPath = (prefix + (rest == "." ? "" : rest)).TrimEnd('/');
        return new GitContentLocation(root, contentPath, full);
    }

    /// <summary>The full commit id of <paramref name="revision"/>; throws a readable error for an unknown revision.</summary>
    public string ResolveCommit(string revision)
    {
        if (revision.StartsWith('-'))
        {
            throw new GitException($"'{revision}' is not a revision");
        }

        try
        {
            return GitCommand.Run(RepositoryRoot, "rev-parse", "--verify", "--quiet", revision + "^{commit}").Trim();
        }
        catch (GitException)
        {
            throw new GitException($"unknown revision '{revision}' (a branch, tag or commit, e.g. main or origin/main)");
        }
    }

    /// <summary>Writes the content folder as it was at <paramref name="commit"/> under <paramref name="targetDirectory"/>; returns the folder.</summary>
    /// <remarks>One <c>git archive</c> streams every file at once, far faster than a <c>git show</c> per file.</remarks>
    public string Extract(string commit, string targetDirectory)
    {
        var folder = ContentPath.Length == 0 ? targetDirectory : Path.Combine(targetDirectory, ContentPath);
        Directory.CreateDirectory(folder);
        var treePath = ContentPath.Length == 0 ? "." : ContentPath;
        if (ContentPath.Length > 0 && !GitCommand.Succeeds(RepositoryRoot, "cat-file", "-e", $"{commit}:{ContentPath}"))
        {
            return folder; // The folder did not exist yet: everything in the head is new.
        }

        var tar = GitCommand.RunBytes(RepositoryRoot, "archive", "--format=tar", commit, "--", treePath);
        using var reader = new TarReader(new MemoryStream(tar));
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue; // pax headers, folders, symlinks: nothing to compare.
            }

            var name = entry.Name.Replace('\\', '/');
            if (name.Split('/').Any(part => part == "..") || Path.IsPathRooted(name))
            {
                continue;
            }

            var target = Path.Combine(targetDirectory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var file = File.Create(target);
            entry.DataStream.CopyTo(file);
        }

        return folder;
    }

    /// <summary>Files git sees as renamed between the revisions, relative to the content folder.
    /// <paramref name="headCommit"/> null compares with the working tree (tracked files only).</summary>
    public IReadOnlyDictionary<string, string> Renames(string baseCommit, string? headCommit)
    {
        var arguments = new List<string> { "diff", "--name-status", "-z", "-M", "--no-color", baseCommit };
        if (headCommit is not null) arguments.Add(headCommit);
        arguments.Add("--");
        arguments.Add(ContentPath.Length == 0 ? "." : ContentPath);
        var fields = Encoding.UTF8.GetString(GitCommand.RunBytes(RepositoryRoot, [.. arguments])).Split('\0');

        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            var status = fields[i];
            if (status.StartsWith('R') && i + 2 < fields.Length)
            {
                renames[Relative(fields[i + 1])] = Relative(fields[i + 2]);
                i += 2;
            }
            else if (status.StartsWith('C') && i + 2 < fields.Length)
            {
                i += 2;
            }
            else if (status.Length > 0)
            {
                i += 1;
            }
        }

        return renames;
    }

    private string Relative(string repositoryPath) =>
        ContentPath.Length == 0 ? repositoryPath : repositoryPath[(ContentPath.Length + 1)..];
}
