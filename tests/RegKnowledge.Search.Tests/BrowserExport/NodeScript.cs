using System.Diagnostics;
using RegKnowledge.Testing;

namespace RegKnowledge.Search.Tests.BrowserExport;

/// <summary>Runs node (the browser search client's engine and its unit tests run under node in the test suite).</summary>
internal static class NodeScript
{
    /// <summary>The client's ES modules in the templates project.</summary>
    public static string ClientFolder { get; } =
        Path.Combine(Fixtures.RepositoryRoot, "site-templates", "RegKnowledge.SiteTemplates", "Assets", "search");

    /// <summary>The node scripts beside these tests.</summary>
    public static string ScriptFolder { get; } =
        Path.Combine(Fixtures.RepositoryRoot, "tests", "RegKnowledge.Search.Tests", "BrowserExport", "node");

    /// <summary>Runs <c>node</c> with <paramref name="arguments"/>; returns exit code, stdout and stderr.</summary>
    public static (int Exit, string Output, string Error) Run(IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Fixtures.RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start; install Node.js (apt-get install -y nodejs)");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {string.Join(' ', arguments)} ran longer than {timeoutSeconds} s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs a script from <see cref="ScriptFolder"/> and returns its stdout; fails on a non-zero exit.</summary>
    public static string Script(string name, params string[] arguments)
    {
        var (exit, output, error) = Run([Path.Combine(ScriptFolder, name), .. arguments]);
        Assert.True(exit == 0, $"node {name} exited {exit}:\n{error}");
        return output;
    }
}
