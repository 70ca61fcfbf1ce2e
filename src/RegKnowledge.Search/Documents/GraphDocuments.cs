using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Load;
using RegKnowledge.Model.Jurisdictions;

namespace RegKnowledge.Search.Documents;

/// <summary>Turns an (already audience-filtered) knowledge graph into search documents, in a fixed order.</summary>
/// <remarks>Order: each jurisdiction followed by its stances (topic order), each standard followed by its clauses (file
/// order), mappings, each guidance article followed by its sections, engagements. The graph sorts everything by id, so the
/// same content always gives the same documents in the same order, which the byte-identical index relies on.</remarks>
public static partial class GraphDocuments
{
    /// <summary>Every document of the graph.</summary>
    public static IReadOnlyList<SearchDocument> From(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var documents = new List<SearchDocument>();
        documents.AddRange(Regimes(graph));
        documents.AddRange(Standards(graph));
        documents.AddRange(Mappings(graph));
        documents.AddRange(Guidance(graph));
        documents.AddRange(Engagements(graph));
        return documents;
    }

    /// <summary>Joins non-empty parts with ". " into one searchable text.</summary>
    private static string Text(params IEnumerable<string?> parts) =>
        string.Join(". ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim().TrimEnd('.')));

    private static string? Enum(System.Enum? value) => value is null ? null : ModelShape.EnumText(value);

    /// <summary>The jurisdictions, their parents and regions for a set of jurisdiction ids (unknown ids dropped).</summary>
    private static (List<string> Own, List<string> Scope, List<string> Regions) Places(KnowledgeGraph graph, IEnumerable<string> ids)
    {
        var own = ids.Where(graph.JurisdictionById.ContainsKey).Distinct().Order(StringComparer.Ordinal).ToList();
        var scope = new SortedSet<string>(StringComparer.Ordinal);
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var id in own)
        {
            Jurisdiction? current = graph.JurisdictionById[id];
            regions.Add(current.Region);
            // Walk up the parent chain (us-ny → us); the guard stops a cycle the validator should have rejected.
            for (var depth = 0; current is not null && depth < 8; depth++)
            {
                scope.Add(current.Id);
                current = current.Parent is { } parent && graph.JurisdictionById.TryGetValue(parent, out var found) ? found : null;
            }
        }

        return (own, scope.ToList(), regions.ToList());
    }

    private static string JurisdictionNames(KnowledgeGraph graph, IEnumerable<string> ids) =>
        string.Join(", ", ids.Where(graph.JurisdictionById.ContainsKey).Select(id => graph.JurisdictionById[id].Name));

    private static string TopicNames(KnowledgeGraph graph, IEnumerable<string> ids) =>
        string.Join(", ", ids.Where(graph.TopicById.ContainsKey).Select(id => graph.TopicById[id].Name));

    private static string RegionName(KnowledgeGraph graph, string id) =>
        graph.RegionById.TryGetValue(id, out var region) ? region.Name : id;
}
