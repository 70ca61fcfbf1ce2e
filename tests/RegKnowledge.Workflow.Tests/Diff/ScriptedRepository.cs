using System.Diagnostics;
using RegKnowledge.Testing;

namespace RegKnowledge.Workflow.Tests.Diff;

/// <summary>A throw-away git repository whose <c>content/</c> starts as the sample content; edits are scripted, commits made with the git CLI.</summary>
internal sealed class ScriptedRepository : IDisposable
{
    private ScriptedRepository(string root) => Root = root;

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public static ScriptedRepository WithSampleContent()
    {
        var root = Path.Combine(Path.GetTempPath(), "regk-repo-" + Guid.NewGuid().ToString("N")[..12]);
        var repository = new ScriptedRepository(root);
        Directory.CreateDirectory(root);
        repository.Git("init", "--quiet", "--initial-branch=main");
        foreach (var file in Directory.EnumerateFiles(Fixtures.SampleContent, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(repository.Content, Path.GetRelativePath(Fixtures.SampleContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        repository.Commit("sample content");
        return repository;
    }

    /// <summary>Replaces exactly one occurrence of <paramref name="from"/> in a content file.</summary>
    public void Edit(string contentFile, string from, string to)
    {
        var path = Path.Combine(Content, contentFile);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Write(string contentFile, string text)
    {
        var path = Path.Combine(Content, contentFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string contentFile) => File.ReadAllText(Path.Combine(Content, contentFile));

    /// <summary>Renames with <c>git mv</c>, as a contributor would.</summary>
    public void Rename(string fromFile, string toFile) => Git("mv", Path.Combine("content", fromFile), Path.Combine("content", toFile));

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message);
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal); // git makes its object files read-only.
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
