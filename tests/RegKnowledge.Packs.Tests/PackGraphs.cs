using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Testing;

namespace RegKnowledge.Packs.Tests;

/// <summary>Knowledge graphs of fixture content for one audience, and the options the tests build packs with.</summary>
internal static class PackGraphs
{
    /// <summary>A fixed content version, so snapshots do not change with every commit.</summary>
    public const string Version = "test-content";

    public static KnowledgeGraph Load(string root, string? audience = null)
    {
        var checkedContent = CheckedContent.From(root, FakeClock.Default);
        Assert.False(checkedContent.HasErrors, string.Join("\n", checkedContent.Diagnostics.Select(d => d.ToString())));
        return KnowledgeGraph.Build(checkedContent.Content, KnowledgeGraph.ResolveAudience(checkedContent.Content, audience), FakeClock.Default);
    }

    public static PackOptions Options(PackFormats formats = PackFormats.Both) => new() { Formats = formats, ContentVersion = Version };

    /// <summary>A fresh temporary folder, deleted by the caller.</summary>
    public static string TempFolder() => Directory.CreateTempSubdirectory("regk-pack-test-").FullName;
}
