using RegKnowledge.Content.Graph;

namespace RegKnowledge.Search.Documents;

public static partial class GraphDocuments
{
    /// <summary>Each jurisdiction's profile, then its stances in topic order.</summary>
    private static IEnumerable<SearchDocument> Regimes(KnowledgeGraph graph)
    {
        foreach (var jurisdiction in graph.Jurisdictions)
        {
            var (own, scope, regions) = Places(graph, [jurisdiction.Id]);
            var parent = jurisdiction.Parent is { } p && graph.JurisdictionById.TryGetValue(p, out var found) ? found.Name : null;
            yield return new SearchDocument
            {
                Id = $"{DocumentKinds.Jurisdiction}:{jurisdiction.Id}",
                Kind = DocumentKinds.Jurisdiction,
                Title = jurisdiction.Name,
                Context = Text(jurisdiction.Id, RegionName(graph, jurisdiction.Region), parent),
                Body = Text(
                    [
                        jurisdiction.Summary,
                        .. jurisdiction.Regulators.Select(r => $"{r.Name} ({r.Id.ToUpperInvariant()}): {r.Remit}"),
                        .. jurisdiction.Instruments.Select(i => Text(i.Title, i.Notes)),
                    ]),
                Url = SiteUrls.Jurisdiction(jurisdiction.Id),
                Jurisdictions = own,
                JurisdictionScope = scope,
                Regions = regions,
            };

            var instruments = jurisdiction.Instruments.ToDictionary(i => i.Id, StringComparer.Ordinal);
            foreach (var stance in jurisdiction.Stances.OrderBy(s => s.Topic, StringComparer.Ordinal))
            {
                var topic = graph.TopicById.TryGetValue(stance.Topic, out var t) ? t.Name : stance.Topic;
                var level = graph.LevelById.TryGetValue(stance.Level, out var l) ? l.Label : stance.Level;
                yield return new SearchDocument
                {
                    Id = $"{DocumentKinds.Stance}:{jurisdiction.Id}:{stance.Topic}",
                    Kind = DocumentKinds.Stance,
                    Title = $"{jurisdiction.Name}: {topic}",
                    Context = Text(jurisdiction.Id, RegionName(graph, jurisdiction.Region), level),
                    Body = Text(
                        [
                            stance.Summary,
                            .. stance.Instruments.Where(instruments.ContainsKey).Select(i => instruments[i].Title),
                            .. stance.Sources.Select(s => Text(s.Title, s.Quote)),
                        ]),
                    Url = SiteUrls.Stance(jurisdiction.Id, stance.Topic),
                    Jurisdictions = own,
                    JurisdictionScope = scope,
                    Regions = regions,
                    Topics = [stance.Topic],
                    StanceLevel = stance.Level,
                    Date = stance.AsOf,
                };
            }
        }
    }
}
