using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Testing;

namespace RegKnowledge.Search.Tests;

/// <summary>Knowledge graphs of the sample fixture and of the starter content, loaded once per audience.</summary>
internal static class TestGraphs
{
    private static readonly Dictionary<(string, string?), KnowledgeGraph> Cache = [];
    private static readonly Lock Gate = new();

    /// <summary>The small sample content (tests/fixtures/sample).</summary>
    public static KnowledgeGraph Sample(string? audience = null) => Cached(Fixtures.SampleContent, audience);

    /// <summary>The repository's starter content (content/).</summary>
    public static KnowledgeGraph Starter(string? audience = null) => Cached(Fixtures.StarterContent, audience);

    /// <summary>A fresh graph of any content folder.</summary>
    public static KnowledgeGraph Load(string root, string? audience = null)
    {
        var content = CheckedContent.From(root, FakeClock.Default).Content;
        return KnowledgeGraph.Build(content, KnowledgeGraph.ResolveAudience(content, audience), FakeClock.Default);
    }

    private static KnowledgeGraph Cached(string root, string? audience)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue((root, audience), out var graph))
            {
                graph = Load(root, audience);
                Cache[(root, audience)] = graph;
            }

            return graph;
        }
    }
}
