namespace RegKnowledge.Benchmarks;

/// <summary>Folders a stage run may use: the generated content and a fresh, empty output folder.</summary>
internal sealed record StageFolders(string Content, string Output)
{
    /// <summary>Where <c>regk build --report</c> writes its per-stage times.</summary>
    public string Report => Path.Combine(Output, "report.json");
}

/// <summary>One regk invocation to time. <see cref="Command"/> is the subcommand that must exist in the regk under test;
/// <see cref="OnlyAt"/> limits a costly stage to some scales (null: every scale).</summary>
internal sealed record BenchStage(string Name, string Command, Func<StageFolders, string[]> Arguments, IReadOnlySet<string>? OnlyAt = null);

/// <summary>The stages, in pipeline order. A stage whose command the regk under test lacks is reported as not available.</summary>
internal static class BenchStages
{
    /// <summary>The end-to-end build without PDF printing: load, validate, graph, index, browser search, exports, HTML packs, site.</summary>
    public const string BuildWithoutPdf = "build, no PDF";

    public static IReadOnlyList<BenchStage> All { get; } =
    [
        new("validate", "validate", f => ["validate", "--content", f.Content]),
        new(BuildWithoutPdf, "build", f => ["build", "--content", f.Content, "--out", f.Output, "--packs", "html", "--report", f.Report]),
        // Printing PDFs costs about half a second per pack in Chromium whatever the corpus; measured at the starter's scale only.
        new("build with PDF packs", "build", f => ["build", "--content", f.Content, "--out", f.Output, "--packs", "both", "--report", f.Report],
            new HashSet<string>(StringComparer.Ordinal) { "1" }),
    ];

    /// <summary>What build.ps1's default task runs one after the other (without PDFs); their sum is the end-to-end figure.</summary>
    public static IReadOnlyList<string> EndToEnd { get; } = ["validate", BuildWithoutPdf];

    /// <summary>Scale pairs whose time ratio is reported (larger / smaller).</summary>
    public static IReadOnlyList<(string Small, string Large)> Growth { get; } = [("1", "10"), ("1", "10k"), ("10", "100")];
}
