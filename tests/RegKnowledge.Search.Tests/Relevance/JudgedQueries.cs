using YamlDotNet.RepresentationModel;

namespace RegKnowledge.Search.Tests.Relevance;

/// <summary>A query and the documents that must appear in its first five or first ten results.</summary>
public sealed record JudgedQuery(string Query, IReadOnlyList<string> Top5, IReadOnlyList<string> Top10)
{
    /// <summary>Graded gain of a document: 2 for a top-5 judgement, 1 for a top-10 one, 0 otherwise.</summary>
    public int Gain(string id) => Top5.Contains(id) ? 2 : Top10.Contains(id) ? 1 : 0;

    /// <summary>The same judgements without ids the index does not hold.</summary>
    public JudgedQuery Restricted(ISet<string> known) => this with
    {
        Top5 = Top5.Where(known.Contains).ToList(),
        Top10 = Top10.Where(known.Contains).ToList(),
    };

    /// <summary>Every judged id.</summary>
    public IEnumerable<string> All => Top5.Concat(Top10);
}

/// <summary>Reads Relevance/judged-queries.yaml.</summary>
public static class JudgedQueries
{
    public static IReadOnlyList<JudgedQuery> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Relevance", "judged-queries.yaml");
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlSequenceNode)root["queries"]).Cast<YamlMappingNode>()
            .Select(q => new JudgedQuery(
                ((YamlScalarNode)q["query"]).Value!,
                Ids(q, "top5"),
                Ids(q, "top10")))
            .ToList();
    }

    private static List<string> Ids(YamlMappingNode query, string key) =>
        query.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlSequenceNode)node).Select(n => ((YamlScalarNode)n).Value!).ToList()
            : [];
}
