using RegKnowledge.Content.Graph;

namespace RegKnowledge.Search.Documents;

public static partial class GraphDocuments
{
    /// <summary>Each article, then one document per <c>##</c>/<c>###</c> section linking to its heading.</summary>
    private static IEnumerable<SearchDocument> Guidance(KnowledgeGraph graph)
    {
        foreach (var article in graph.Guidance)
        {
            var (own, scope, regions) = Places(graph, article.Jurisdictions);
            var topics = article.Topics.Distinct().Order(StringComparer.Ordinal).ToList();
            var whole = new SearchDocument
            {
                Id = $"{DocumentKinds.Guidance}:{article.Id}",
                Kind = DocumentKinds.Guidance,
                Title = article.Title,
                Context = Text(TopicNames(graph, topics), JurisdictionNames(graph, own)),
                Body = Text(article.Summary, GuidanceOutline.PlainText(article.Body)),
                Url = SiteUrls.Guidance(article.Id),
                Jurisdictions = own,
                JurisdictionScope = scope,
                Regions = regions,
                Topics = topics,
                Status = Enum(article.Status),
                WorkingGroup = article.Owner,
                Date = article.Updated ?? article.Published,
            };
            yield return whole;

            foreach (var section in GuidanceOutline.Sections(article.Body))
            {
                yield return whole with
                {
                    Id = $"{DocumentKinds.GuidanceSection}:{article.Id}#{section.Heading.Slug}",
                    Kind = DocumentKinds.GuidanceSection,
                    Title = section.Heading.Text,
                    Context = article.Title,
                    Body = section.Text,
                    Url = SiteUrls.GuidanceSection(article.Id, section.Heading.Slug),
                };
            }
        }
    }

    /// <summary>Each engagement (graph order: by id).</summary>
    private static IEnumerable<SearchDocument> Engagements(KnowledgeGraph graph)
    {
        foreach (var engagement in graph.Engagements)
        {
            var (own, scope, regions) = Places(graph, [engagement.Jurisdiction]);
            var regulator = graph.RegulatorById.TryGetValue(engagement.Regulator, out var r) ? r.Regulator.Name : null;
            yield return new SearchDocument
            {
                Id = $"{DocumentKinds.Engagement}:{engagement.Id}",
                Kind = DocumentKinds.Engagement,
                Title = engagement.Title,
                Context = Text(engagement.Reference, regulator, JurisdictionNames(graph, own), Enum(engagement.Kind)),
                Body = Text(engagement.Position, engagement.Outcome, engagement.InternalNotes),
                Url = SiteUrls.Engagement(engagement.Id),
                Jurisdictions = own,
                JurisdictionScope = scope,
                Regions = regions,
                Topics = engagement.Topics.Distinct().Order(StringComparer.Ordinal).ToList(),
                Status = Enum(engagement.ResponseStatus),
                WorkingGroup = engagement.Lead,
                Date = engagement.Opened,
            };
        }
    }
}
