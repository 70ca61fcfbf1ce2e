using System.Text.RegularExpressions;
using RegKnowledge.Testing.Processes;

namespace RegKnowledge.Benchmarks;

/// <summary>The regk under test: how to start it and which subcommands it has.</summary>
internal sealed partial class RegkProgram
{
    private RegkProgram(string fileName, IReadOnlyList<string> prefix, string shown)
    {
        FileName = fileName;
        Prefix = prefix;
        Shown = shown;
    }

    public string FileName { get; }
    public IReadOnlyList<string> Prefix { get; }
    public string Shown { get; }
    public IReadOnlySet<string> Commands { get; private set; } = new HashSet<string>();

    /// <summary>Accepts the app host (artifacts/bin/regk), regk.dll, or the folder holding either.</summary>
    public static RegkProgram Locate(string? path)
    {
        path ??= Path.Combine("artifacts", "bin", "regk");
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "regk");
        }

        var full = Path.GetFullPath(path);
        var program = full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? new RegkProgram("dotnet", [full], "dotnet " + full)
            : File.Exists(full) ? new RegkProgram(full, [], full)
            : File.Exists(full + ".dll") ? new RegkProgram("dotnet", [full + ".dll"], "dotnet " + full + ".dll")
            : throw new FileNotFoundException($"regk not found at {full}; publish it first (dotnet pwsh ./build.ps1 validate)");
        program.Commands = program.ReadCommands();
        return program;
    }

    public ChildRun Run(IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string> environment) =>
        ChildProcess.Run(FileName, [.. Prefix, .. arguments], timeout, environment);

    /// <summary>Subcommand names from the "Commands:" section of <c>regk --help</c>.</summary>
    private HashSet<string> ReadCommands()
    {
        var help = Run(["--help"], TimeSpan.FromMinutes(1), new Dictionary<string, string>()).Output;
        var section = help.Split("Commands:", 2) is [_, var rest] ? rest : "";
        return CommandLine().Matches(section).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\s{2}([a-z][a-z-]*)\b", RegexOptions.Multiline)]
    private static partial Regex CommandLine();
}
