using RegKnowledge.Content.Graph;
using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.BrowserExport;

/// <summary>Display names of facet values (topic "aml-cft" → "AML/CFT"), which the index does not hold.</summary>
/// <remarks>Without a graph (<see cref="None"/>) jurisdiction names come from the jurisdiction documents' titles and other
/// values are shown as their ids with '-' turned into spaces.</remarks>
public sealed class BrowserSearchLabels
{
    private static readonly Dictionary<string, string> KindNames = new(StringComparer.Ordinal)
    {
        [DocumentKinds.Jurisdiction] = "Jurisdictions",
        [DocumentKinds.Stance] = "Stances",
        [DocumentKinds.Standard] = "Standards",
        [DocumentKinds.Clause] = "Clauses",
        [DocumentKinds.Mapping] = "Mappings",
        [DocumentKinds.Guidance] = "Guidance",
        [DocumentKinds.GuidanceSection] = "Guidance sections",
        [DocumentKinds.Engagement] = "Engagements",
    };

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byField;

    private BrowserSearchLabels(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byField) => this.byField = byField;

    /// <summary>No names beyond what the index holds.</summary>
    public static BrowserSearchLabels None { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>Names of jurisdictions, regions, topics and stance levels from <paramref name="graph"/>.</summary>
    public static BrowserSearchLabels From(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new BrowserSearchLabels(new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
        {
            [SearchFields.Jurisdiction] = graph.JurisdictionById.ToDictionary(p => p.Key, p => p.Value.Name, StringComparer.Ordinal),
            [SearchFields.Region] = graph.RegionById.ToDictionary(p => p.Key, p => p.Value.Name, StringComparer.Ordinal),
            [SearchFields.Topic] = graph.TopicById.ToDictionary(p => p.Key, p => p.Value.Name, StringComparer.Ordinal),
            [SearchFields.StanceLevel] = graph.LevelById.ToDictionary(p => p.Key, p => p.Value.Label, StringComparer.Ordinal),
        });
    }

    internal string LabelOf(string field, string value, IndexSnapshot snapshot)
    {
        if (byField.TryGetValue(field, out var names) && names.TryGetValue(value, out var name))
        {
            return name;
        }

        if (field == SearchFields.Kind && KindNames.TryGetValue(value, out var kind))
        {
            return kind;
        }

        if (field == SearchFields.Jurisdiction
            && snapshot.Documents.FirstOrDefault(d => d.Id == $"{DocumentKinds.Jurisdiction}:{value}") is { } profile)
        {
            return profile.Title;
        }

        var words = value.Replace('-', ' ');
        return words.Length == 0 ? value : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
