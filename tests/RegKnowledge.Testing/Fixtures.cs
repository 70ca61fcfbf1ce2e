namespace RegKnowledge.Testing;

/// <summary>Paths of the repository and its fixtures, found from the test binary upwards.</summary>
public static class Fixtures
{
    /// <summary>The repository root (the folder holding RegKnowledge.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The starter content.</summary>
    public static string StarterContent => Path.Combine(RepositoryRoot, "content");

    /// <summary>A small, fixed sample content set (a few jurisdictions) that validates clean; snapshot tests use it.</summary>
    public static string SampleContent => Path.Combine(RepositoryRoot, "tests", "fixtures", "sample");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RegKnowledge.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RegKnowledge.sln not found above " + AppContext.BaseDirectory);
    }
}
