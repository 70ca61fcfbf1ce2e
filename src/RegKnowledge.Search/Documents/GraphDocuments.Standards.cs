using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Standards;

namespace RegKnowledge.Search.Documents;

public static partial class GraphDocuments
{
    /// <summary>Each standard, then its clauses in file order.</summary>
    private static IEnumerable<SearchDocument> Standards(KnowledgeGraph graph)
    {
        foreach (var standard in graph.Standards)
        {
            var owner = graph.GovernanceById.TryGetValue(standard.Owner, out var body) ? body.Name : null;
            yield return new SearchDocument
            {
                Id = $"{DocumentKinds.Standard}:{standard.Id}",
                Kind = DocumentKinds.Standard,
                Title = standard.Title,
                Context = Text(standard.Id.ToUpperInvariant(), owner),
                Body = Text([standard.Summary, .. standard.Versions.Select(v => v.Changes)]),
                Url = SiteUrls.Standard(standard.Id),
                Topics = standard.Clauses.SelectMany(c => c.Topics).Distinct().Order(StringComparer.Ordinal).ToList(),
                Status = Enum(standard.Status),
                WorkingGroup = standard.Owner,
                Date = standard.Published,
            };

            foreach (var clause in standard.Clauses)
            {
                yield return new SearchDocument
                {
                    Id = $"{DocumentKinds.Clause}:{clause.Id}",
                    Kind = DocumentKinds.Clause,
                    Title = $"{clause.Id.ToUpperInvariant()} {clause.Title}",
                    Context = Text(standard.Title, standard.Id.ToUpperInvariant()),
                    Body = Text([clause.Text, .. clause.References.Select(r => $"{r.Framework} {r.Ref}")]),
                    Url = SiteUrls.Clause(standard.Id, clause.Id),
                    Topics = clause.Topics.Distinct().Order(StringComparer.Ordinal).ToList(),
                    Status = clause.Status == ClauseStatus.Withdrawn ? Enum(clause.Status) : Enum(standard.Status),
                    WorkingGroup = standard.Owner,
                    Date = standard.Published,
                };
            }
        }
    }

    /// <summary>Each mapping (graph order: by id).</summary>
    private static IEnumerable<SearchDocument> Mappings(KnowledgeGraph graph)
    {
        foreach (var resolved in graph.Mappings)
        {
            var (own, scope, regions) = Places(graph, [resolved.Jurisdiction.Id]);
            var mapping = resolved.Mapping;
            yield return new SearchDocument
            {
                Id = $"{DocumentKinds.Mapping}:{resolved.Id}",
                Kind = DocumentKinds.Mapping,
                Title = $"{resolved.Clause.Id.ToUpperInvariant()} {resolved.Clause.Title} in {resolved.Jurisdiction.Name}",
                Context = Text(resolved.Standard.Title, resolved.Instrument?.Title, mapping.Provision, resolved.Jurisdiction.Id),
                Body = Text(mapping.Rationale, mapping.DraftRationale),
                Url = SiteUrls.Mapping(resolved.Jurisdiction.Id, resolved.Standard.Id, resolved.Id),
                Jurisdictions = own,
                JurisdictionScope = scope,
                Regions = regions,
                Topics = resolved.Clause.Topics.Distinct().Order(StringComparer.Ordinal).ToList(),
                Alignment = Enum(mapping.Alignment),
                WorkingGroup = resolved.Standard.Owner,
                Date = mapping.ReviewedOn,
            };
        }
    }
}
