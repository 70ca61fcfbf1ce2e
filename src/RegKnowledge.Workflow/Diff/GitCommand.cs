using System.Diagnostics;
using System.Text;

namespace RegKnowledge.Workflow.Diff;

/// <summary>A git command failed, or git is not installed; the message says which, in words a policy officer can act on.</summary>
public sealed class GitException(string message) : Exception(message);

/// <summary>Runs the git CLI. The diff needs only plumbing git has had for years (archive, diff --name-status, rev-parse).</summary>
internal static class GitCommand
{
    /// <summary>Runs git in <paramref name="workingDirectory"/> and returns its standard output as bytes.</summary>
    public static byte[] RunBytes(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Never prompt (no terminal in CI) and keep messages in English so they can be shown as they are.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("could not start git");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new GitException("git is not installed or not on PATH; regk diff needs it");
        }

        using (process)
        {
            // Read stderr concurrently: a full stderr pipe would otherwise block git while we wait on stdout.
            var errorText = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = errorText.Result.Trim();
                throw new GitException($"git {string.Join(' ', arguments)} failed: {(message.Length > 0 ? message : $"exit code {process.ExitCode}")}");
            }

            return output.ToArray();
        }
    }

    /// <summary>Runs git and returns its standard output as text.</summary>
    public static string Run(string workingDirectory, params string[] arguments) =>
        Encoding.UTF8.GetString(RunBytes(workingDirectory, arguments));

    /// <summary>Whether the git command succeeds (used for existence checks).</summary>
    public static bool Succeeds(string workingDirectory, params string[] arguments)
    {
        try
        {
            RunBytes(workingDirectory, arguments);
            return true;
        }
        catch (GitException)
        {
            return false;
        }
    }
}
