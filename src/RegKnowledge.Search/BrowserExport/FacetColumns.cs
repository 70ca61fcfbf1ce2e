namespace RegKnowledge.Search.BrowserExport;

/// <summary>One facet: the keyword field it comes from, and its values in code order with display labels.</summary>
internal sealed record FacetValues(string Field, IReadOnlyList<string> Values, IReadOnlyList<string> Labels);

/// <summary>Per-document facet codes for every document, one column per facet.</summary>
/// <remarks>File, before gzip: for each facet in <see cref="IndexSnapshot.FacetFields"/> order, for each document: varint
/// number of values, then each value's code (its index in the manifest's value list for that facet). Jurisdiction codes are
/// the filter scope: a document about us-ny also carries us, as in <c>SearchService</c>'s filters.</remarks>
internal static class FacetColumns
{
    public static (IReadOnlyList<FacetValues> Facets, byte[] File) Write(IndexSnapshot snapshot, BrowserSearchLabels labels)
    {
        var facets = new List<FacetValues>();
        var file = new CompactWriter();
        foreach (var field in IndexSnapshot.FacetFields)
        {
            var perDocument = snapshot.Keywords[field];
            var values = perDocument.SelectMany(v => v).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var codes = values.Select((value, index) => (value, index)).ToDictionary(p => p.value, p => p.index, StringComparer.Ordinal);
            facets.Add(new FacetValues(field, values, values.Select(v => labels.LabelOf(field, v, snapshot)).ToList()));
            foreach (var documentValues in perDocument)
            {
                file.VarInt(documentValues.Count);
                foreach (var value in documentValues)
                {
                    file.VarInt(codes[value]);
                }
            }
        }

        return (facets, DeterministicGzip.Compress(file.ToArray()));
    }
}
