using System.Diagnostics;
using RegKnowledge.Content.Graph;

namespace RegKnowledge.Packs.Composition;

/// <summary>The content version printed on a pack: the content fingerprint, plus the git commit when the content folder is a clean
/// checkout (so a reader can find the exact revision). Both are stable for the same content, so reproducible builds stay reproducible.</summary>
public static class ContentVersion
{
    /// <summary>"1a2b3c4d5e6f" or "1a2b3c4d5e6f (git 0123456789ab)".</summary>
    public static string Describe(string contentRoot, bool includeGitCommit)
    {
        var version = ContentFingerprint.Compute(contentRoot);
        if (!includeGitCommit)
        {
            return version;
        }

        var commit = Git(contentRoot, "rev-parse", "--short=12", "HEAD");
        var changes = commit is null ? null : Git(contentRoot, "status", "--porcelain", "--", ".");
        return commit is null || changes is null ? version : changes.Length == 0 ? $"{version} (git {commit})" : $"{version} (git {commit} with local changes)";
    }

    /// <summary>Trimmed standard output, or null when git is missing, fails or the folder is not in a repository.</summary>
    private static string? Git(string folder, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            // Both streams are drained at once so a chatty stderr can never block the child.
            var error = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            error.GetAwaiter().GetResult();
            process.WaitForExit();
            return process.ExitCode == 0 ? text.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
