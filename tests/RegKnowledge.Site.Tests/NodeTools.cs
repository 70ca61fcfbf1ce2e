using System.Diagnostics;
using RegKnowledge.Testing;

namespace RegKnowledge.Site.Tests;

/// <summary>The npm dev tools the checks use (html-validate, axe-core), installed from package-lock.json when missing. Never skipped.</summary>
public static class NodeTools
{
    private static readonly Lazy<string> Modules = new(Install);

    public static string NodeModules => Modules.Value;

    public static string AxeScript => File.ReadAllText(Path.Combine(NodeModules, "axe-core", "axe.min.js"));

    /// <summary>Runs node with <paramref name="arguments"/>; returns exit code and combined output.</summary>
    public static (int Exit, string Output) Node(params string[] arguments) => Run(FindNode(), Fixtures.RepositoryRoot, arguments);

    private static string Install()
    {
        var modules = Path.Combine(Fixtures.RepositoryRoot, "node_modules");
        if (!File.Exists(Path.Combine(modules, "axe-core", "axe.min.js")) || !Directory.Exists(Path.Combine(modules, "html-validate")))
        {
            var npm = File.Exists("/usr/bin/npm") ? "/usr/bin/npm" : "npm";
            var (exit, output) = Run(npm, Fixtures.RepositoryRoot, "ci", "--no-audit", "--no-fund", "--loglevel=error");
            Assert.True(exit == 0, "npm ci failed (Node.js and npm are required: apt-get install -y nodejs npm):\n" + output);
        }

        return modules;
    }

    private static string FindNode()
    {
        var node = File.Exists("/usr/bin/node") ? "/usr/bin/node" : "node";
        _ = NodeModules;
        return node;
    }

    private static (int Exit, string Output) Run(string file, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
