using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.BrowserExport;

/// <summary>What a result shows, read from the stored fields of one document.</summary>
internal sealed record StoredDocument(string Id, string Kind, string Title, string Context, string Body, string Url);

/// <summary>The postings of one term in one field: documents ascending, with frequency, the field's norm byte for that
/// document, and the positions of every occurrence (flattened, <see cref="Freqs"/> per document).</summary>
internal sealed record FieldPostings(int[] Docs, int[] Freqs, byte[] Norms, int[] Positions);

/// <summary>Everything the browser format is made from, read once from a Lucene index: stored documents, per-field statistics,
/// the text fields' terms with postings and norms, and the keyword fields' values per document.</summary>
internal sealed class IndexSnapshot
{
    /// <summary>The analysed fields, in the order the browser format stores them (bit 0, 1, 2 of a term's field mask).</summary>
    public static IReadOnlyList<string> TextFields { get; } = SearchFields.Searched;

    /// <summary>The keyword fields exported as facets, in file order.</summary>
    public static IReadOnlyList<string> FacetFields { get; } =
        [SearchFields.Kind, SearchFields.Jurisdiction, SearchFields.Region, SearchFields.Topic, SearchFields.StanceLevel, SearchFields.Alignment];

    private IndexSnapshot(int maxDoc, string settingsJson, IReadOnlyList<StoredDocument> documents, long[] sumTotalTermFreq,
        SortedDictionary<string, FieldPostings?[]> terms, IReadOnlyDictionary<string, List<string>[]> keywords)
    {
        MaxDoc = maxDoc;
        SettingsJson = settingsJson;
        Documents = documents;
        SumTotalTermFreq = sumTotalTermFreq;
        Terms = terms;
        Keywords = keywords;
    }

    /// <summary>Lucene's maxDoc: BM25's document count and the length of every per-document table.</summary>
    public int MaxDoc { get; }

    /// <summary>The index's <see cref="AnalysisSettings"/> file, verbatim.</summary>
    public string SettingsJson { get; }

    /// <summary>Stored fields, by Lucene document number.</summary>
    public IReadOnlyList<StoredDocument> Documents { get; }

    /// <summary>Per <see cref="TextFields"/> entry: total tokens in the field over all documents (BM25's average length).</summary>
    public long[] SumTotalTermFreq { get; }

    /// <summary>Every term of any text field (ordinal order), with its postings per <see cref="TextFields"/> entry (null: absent).</summary>
    public SortedDictionary<string, FieldPostings?[]> Terms { get; }

    /// <summary>Per <see cref="FacetFields"/> entry: the indexed values of each document, ordinal order.</summary>
    public IReadOnlyDictionary<string, List<string>[]> Keywords { get; }

    /// <summary>Reads the index in <paramref name="indexDirectory"/>.</summary>
    public static IndexSnapshot Read(string indexDirectory)
    {
        using var directory = FSDirectory.Open(indexDirectory);
        using var reader = DirectoryReader.Open(directory);
        if (reader.NumDocs != reader.MaxDoc)
        {
            // Lucene keeps deleted documents in maxDoc and in its statistics; the builder never deletes, so refuse rather than guess.
            throw new InvalidDataException($"the index in '{indexDirectory}' has deleted documents; rebuild it before exporting");
        }

        var settings = File.ReadAllText(Path.Combine(indexDirectory, AnalysisSettings.FileName), Encoding.UTF8);
        var documents = Enumerable.Range(0, reader.MaxDoc).Select(doc => Stored(reader, doc)).ToList();
        var sums = TextFields.Select(field => MultiFields.GetTerms(reader, field)?.SumTotalTermFreq ?? 0).ToArray();
        var terms = new SortedDictionary<string, FieldPostings?[]>(StringComparer.Ordinal);
        for (var f = 0; f < TextFields.Count; f++)
        {
            ReadTextField(reader, f, terms);
        }

        var keywords = FacetFields.ToDictionary(field => field, field => ReadKeywords(reader, field), StringComparer.Ordinal);
        return new IndexSnapshot(reader.MaxDoc, settings, documents, sums, terms, keywords);
    }

    private static StoredDocument Stored(IndexReader reader, int doc)
    {
        var stored = reader.Document(doc);
        return new StoredDocument(
            stored.Get(SearchFields.Id) ?? "", stored.Get(SearchFields.Kind) ?? "", stored.Get(SearchFields.Title) ?? "",
            stored.Get(SearchFields.Context) ?? "", stored.Get(SearchFields.Body) ?? "", stored.Get(SearchFields.Url) ?? "");
    }

    private static void ReadTextField(IndexReader reader, int fieldIndex, SortedDictionary<string, FieldPostings?[]> terms)
    {
        var field = TextFields[fieldIndex];
        var indexed = MultiFields.GetTerms(reader, field);
        if (indexed is null)
        {
            return;
        }

        var norms = MultiDocValues.GetNormValues(reader, field);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var termsEnum = indexed.GetEnumerator();
        DocsAndPositionsEnum? postings = null;
        while (termsEnum.MoveNext())
        {
            var text = termsEnum.Term.Utf8ToString();
            postings = termsEnum.DocsAndPositions(liveDocs, postings);
            var docs = new List<int>();
            var freqs = new List<int>();
            var normBytes = new List<byte>();
            var positions = new List<int>();
            int doc;
            while ((doc = postings!.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                docs.Add(doc);
                freqs.Add(postings.Freq);
                // BM25 decodes this byte (SmallFloat 3.15) into the length it ranks with; the browser decodes it the same way.
                normBytes.Add(norms is null ? (byte)0 : (byte)norms.Get(doc));
                for (var i = 0; i < postings.Freq; i++)
                {
                    positions.Add(postings.NextPosition());
                }
            }

            if (!terms.TryGetValue(text, out var byField))
            {
                byField = new FieldPostings?[TextFields.Count];
                terms[text] = byField;
            }

            byField[fieldIndex] = new FieldPostings([.. docs], [.. freqs], [.. normBytes], [.. positions]);
        }
    }

    private static List<string>[] ReadKeywords(IndexReader reader, string field)
    {
        var values = Enumerable.Range(0, reader.MaxDoc).Select(_ => new List<string>()).ToArray();
        var indexed = MultiFields.GetTerms(reader, field);
        if (indexed is null)
        {
            return values;
        }

        var termsEnum = indexed.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            var value = termsEnum.Term.Utf8ToString();
            docs = termsEnum.Docs(MultiFields.GetLiveDocs(reader), docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs!.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                values[doc].Add(value);
            }
        }

        foreach (var list in values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return values;
    }
}
