namespace RegKnowledge.Benchmarks;

/// <summary>Folders a stage run may use: the generated content and a fresh, empty output folder.</summary>
internal sealed record StageFolders(string Content, string Output);

/// <summary>One regk invocation to time. <see cref="Command"/> is the subcommand that must exist in the regk under test.</summary>
internal sealed record BenchStage(string Name, string Command, Func<StageFolders, string[]> Arguments);

/// <summary>The stages, in pipeline order. A stage whose command the regk under test lacks is reported as not available,
/// so search, site and packs join the table the day their command lands, with no change here.</summary>
internal static class BenchStages
{
    public static IReadOnlyList<BenchStage> All { get; } =
    [
        new("validate", "validate", f => ["validate", "--content", f.Content]),
        new("search (index build + one query)", "search", f => ["search", "--content", f.Content, "x"]),
        new("build (site, index, packs)", "build", f => ["build", "--content", f.Content, "--out", f.Output]),
    ];

    /// <summary>What build.ps1's default task runs one after the other; their sum is the end-to-end figure.</summary>
    public static IReadOnlyList<string> EndToEnd { get; } = ["validate", "build"];

    /// <summary>Scale pairs whose time ratio is reported (larger / smaller).</summary>
    public static IReadOnlyList<(string Small, string Large)> Growth { get; } = [("1", "10"), ("1", "10k"), ("10", "100")];
}
