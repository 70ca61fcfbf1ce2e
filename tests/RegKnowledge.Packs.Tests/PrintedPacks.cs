using RegKnowledge.Model.Common;
using RegKnowledge.Testing;
using UglyToad.PdfPig;

namespace RegKnowledge.Packs.Tests;

/// <summary>Packs printed once for the whole test run (Chromium is slow to start and the machine is small): the sample content's
/// default build, a jurisdiction with no mappings and no engagements, and the canary content for recipients cleared to CLEAR and GREEN.</summary>
public sealed class PrintedPacks : IDisposable
{
    public PrintedPacks()
    {
        Sample = PackBuilder.BuildAll(PackGraphs.Load(Fixtures.SampleContent), Path.Combine(Root, "sample"), PackGraphs.Options());

        // The sample's United Kingdom without its mappings (and it has no engagements).
        using (var bare = TempContent.FromSample())
        {
            System.IO.File.Delete(Path.Combine(bare.Root, "mappings", "trx--gb.yaml"));
            Bare = PackBuilder.Build(PackGraphs.Load(bare.Root), [new PackRequest("gb")], Path.Combine(Root, "bare"), PackGraphs.Options());
        }

        // Canary content built for staff (everything up to AMBER+STRICT); the FCA's clearance lowered to the default (CLEAR).
        using (var canary = TempContent.CopyOf(Canaries.Content))
        {
            canary.Write("config/site.yaml", canary.Read("config/site.yaml").Replace("  - regulator: fca\n    ceiling: green\n", "", StringComparison.Ordinal));
            Canary = PackBuilder.Build(PackGraphs.Load(canary.Root, "staff"), [new PackRequest("gb", "fca"), new PackRequest("sg")], Path.Combine(Root, "canary"),
                PackGraphs.Options());
        }
    }

    public string Root { get; } = PackGraphs.TempFolder();
    public PackBuildResult Sample { get; }
    public PackBuildResult Bare { get; }
    public PackBuildResult Canary { get; }

    public static string File(PackBuildResult result, string name) => Path.Combine(result.OutputDirectory, name);

    public static string Html(PackBuildResult result, string name) => System.IO.File.ReadAllText(File(result, name));

    /// <summary>The PDF's text per page (PdfPig), as a reader would search it.</summary>
    public static IReadOnlyList<string> PdfPages(PackBuildResult result, string name)
    {
        using var document = PdfDocument.Open(File(result, name));
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    /// <summary>The PDF's whole text with whitespace removed (line breaks fall anywhere).</summary>
    public static string PdfText(PackBuildResult result, string name) =>
        string.Concat(PdfPages(result, name)).Replace(" ", "", StringComparison.Ordinal);

    public static Tlp LabelOf(PackBuildResult result, string name) => result.Files.Single(f => Path.GetFileName(f.Path) == name).Label;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>Tests sharing <see cref="PrintedPacks"/> run one after another, with one set of printed packs.</summary>
[CollectionDefinition(Name)]
public sealed class PrintedPacksCollection : ICollectionFixture<PrintedPacks>
{
    public const string Name = "printed packs";
}
