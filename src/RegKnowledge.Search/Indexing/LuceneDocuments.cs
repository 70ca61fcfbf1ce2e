using System.Globalization;
using Lucene.Net.Documents;
using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.Indexing;

/// <summary>Turns a <see cref="SearchDocument"/> into a Lucene document with the <see cref="SearchFields"/> layout.</summary>
internal static class LuceneDocuments
{
    public static Document From(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, source.Id, Field.Store.YES),
            new StringField(SearchFields.Kind, source.Kind, Field.Store.YES),
            new TextField(SearchFields.Title, source.Title, Field.Store.YES),
            new TextField(SearchFields.Context, source.Context, Field.Store.YES),
            new TextField(SearchFields.Body, source.Body, Field.Store.YES),
            new StoredField(SearchFields.Url, source.Url),
        };

        // Filters match the jurisdiction or any parent; display shows only the item's own jurisdictions.
        foreach (var id in source.JurisdictionScope)
        {
            document.Add(new StringField(SearchFields.Jurisdiction, id, Field.Store.NO));
        }

        foreach (var id in source.Jurisdictions)
        {
            document.Add(new StoredField(SearchFields.Jurisdiction, id));
        }

        AddKeywords(document, SearchFields.Region, source.Regions);
        AddKeywords(document, SearchFields.Topic, source.Topics);
        AddKeywords(document, SearchFields.StanceLevel, [source.StanceLevel]);
        AddKeywords(document, SearchFields.Alignment, [source.Alignment]);
        AddKeywords(document, SearchFields.Status, [source.Status]);
        AddKeywords(document, SearchFields.WorkingGroup, [source.WorkingGroup]);
        AddKeywords(document, SearchFields.Date, [source.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        return document;
    }

    private static void AddKeywords(Document document, string field, IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrEmpty(value))
            {
                document.Add(new StringField(field, value, Field.Store.YES));
            }
        }
    }
}
