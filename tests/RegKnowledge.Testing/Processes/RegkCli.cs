namespace RegKnowledge.Testing.Processes;

/// <summary>Finds the built regk CLI and runs it as a child process, exactly as a user or CI would.</summary>
public static class RegkCli
{
    /// <summary>regk.dll: <c>REGK_DLL</c> when set, else beside the running tests (a project reference copies it there),
    /// else the published <c>artifacts/bin/regk.dll</c>.</summary>
    public static string DllPath { get; } = Find();

    /// <summary>Runs <c>dotnet regk.dll args</c> with <c>SOURCE_DATE_EPOCH</c> pinned, so staleness never depends on today.</summary>
    public static ChildRun Run(TimeSpan timeout, params string[] args) =>
        ChildProcess.Run("dotnet", [DllPath, .. args], timeout, new Dictionary<string, string>
        {
            ["SOURCE_DATE_EPOCH"] = Synthetic.SyntheticCorpus.ReferenceEpochSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        });

    private static string Find()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("REGK_DLL"),
            Path.Combine(AppContext.BaseDirectory, "regk.dll"),
            Path.Combine(Fixtures.RepositoryRoot, "artifacts", "bin", "regk.dll"),
        };
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c))
            ?? throw new FileNotFoundException("regk.dll not found: reference src/RegKnowledge.Cli from the test project, publish to artifacts/bin, or set REGK_DLL");
    }
}
