using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Model;
using RegKnowledge.Testing;

namespace RegKnowledge.Site.Tests;

/// <summary>Builds sites for tests from the sample fixture (or any content), with the fixed test clock.</summary>
public static class SampleSite
{
    public static KnowledgeGraph Graph(string? contentRoot = null, string? audience = null)
    {
        var checkedContent = CheckedContent.From(contentRoot ?? Fixtures.SampleContent, FakeClock.Default);
        Assert.False(checkedContent.HasErrors, string.Join("\n", checkedContent.Diagnostics));
        return Graph(checkedContent.Content, audience);
    }

    public static KnowledgeGraph Graph(ContentSet content, string? audience = null) =>
        KnowledgeGraph.Build(content, KnowledgeGraph.ResolveAudience(content, audience), FakeClock.Default);

    /// <summary>Builds the site into a new temporary folder and returns it.</summary>
    public static string BuildInto(KnowledgeGraph graph, string? folder = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "regk-site-" + Guid.NewGuid().ToString("N")[..12], "site");
        SiteBuilder.Build(graph, folder, new SiteBuildOptions());
        return folder;
    }

    /// <summary>Every generated file, site-relative path → bytes.</summary>
    public static SortedDictionary<string, byte[]> Files(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);
}
