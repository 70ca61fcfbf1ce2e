using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.Querying;

/// <summary>Searches an index built by <c>SearchIndexBuilder</c>: parses the query, applies filters, ranks with BM25 and
/// returns results with highlighted snippets. Thread-safe for concurrent <see cref="Search"/> calls.</summary>
public sealed class SearchService : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly bool ownsDirectory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer queryAnalyzer;
    private readonly Analyzer phraseAnalyzer;
    private readonly Analyzer indexAnalyzer;
    private readonly float[] priorByDocument;

    private SearchService(Lucene.Net.Store.Directory directory, bool ownsDirectory, RankingWeights weights)
    {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        Settings = AnalysisSettings.FromJson(ReadSettings(directory));
        Weights = weights;
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        priorByDocument = Priors(reader, weights);
        queryAnalyzer = Settings.CreateAnalyzer(AnalysisMode.Query);
        phraseAnalyzer = Settings.CreateAnalyzer(AnalysisMode.Phrase);
        indexAnalyzer = Settings.CreateAnalyzer(AnalysisMode.Index);
    }

    /// <summary>The analysis the index was built with (and queries are analysed with).</summary>
    public AnalysisSettings Settings { get; }

    /// <summary>Field weights used for ranking.</summary>
    public RankingWeights Weights { get; }

    /// <summary>Documents in the index.</summary>
    public int DocumentCount => reader.NumDocs;

    /// <summary>Opens the index in <paramref name="indexDirectory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">No index there.</exception>
    public static SearchService Open(string indexDirectory, RankingWeights? weights = null)
    {
        var full = Path.GetFullPath(indexDirectory);
        if (!System.IO.Directory.Exists(full) || !File.Exists(Path.Combine(full, AnalysisSettings.FileName)))
        {
            throw new DirectoryNotFoundException($"no search index in '{indexDirectory}' (build one with 'regk index')");
        }

        return new SearchService(FSDirectory.Open(full), ownsDirectory: true, weights ?? RankingWeights.Default);
    }

    /// <summary>Searches an index held in <paramref name="directory"/> (e.g. from <c>SearchIndexBuilder.BuildInMemory</c>).
    /// The caller keeps ownership of the directory.</summary>
    public static SearchService Open(Lucene.Net.Store.Directory directory, RankingWeights? weights = null) =>
        new(directory, ownsDirectory: false, weights ?? RankingWeights.Default);

    /// <summary>Ranked results for <paramref name="query"/>.</summary>
    /// <exception cref="SearchQueryException">The query cannot be parsed or has nothing searchable in it.</exception>
    public SearchResults Search(string query, SearchFilters? filters = null, int top = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var lucene = ToLucene(query);
        var filter = Filters(filters ?? SearchFilters.None);
        var (ranked, total) = Rank(lucene, filter, top);
        var snippets = new SnippetBuilder(indexAnalyzer);
        var hits = ranked.Select((scored, index) =>
        {
            var document = searcher.Doc(scored.Doc);
            return new SearchHit
            {
                Rank = index + 1,
                Id = document.Get(SearchFields.Id),
                Kind = document.Get(SearchFields.Kind),
                Title = document.Get(SearchFields.Title),
                Context = document.Get(SearchFields.Context) ?? "",
                Url = document.Get(SearchFields.Url),
                Jurisdictions = document.GetValues(SearchFields.Jurisdiction),
                Topics = document.GetValues(SearchFields.Topic),
                Score = scored.Score,
                Snippet = snippets.Build(lucene, document.Get(SearchFields.Body) ?? ""),
            };
        }).ToList();
        return new SearchResults(query, total, hits);
    }

    /// <summary>The ids of the top <paramref name="top"/> results, without snippets (fast path for measurements).</summary>
    public IReadOnlyList<string> SearchIds(string query, int top = 10)
    {
        var (ranked, _) = Rank(ToLucene(query), null, top);
        return ranked.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)).ToList();
    }

    /// <summary>Lucene's account of how <paramref name="documentId"/> scored for <paramref name="query"/> (for tuning), or null
    /// when no such document exists.</summary>
    public string? Explain(string query, string documentId)
    {
        var found = searcher.Search(new TermQuery(new Term(SearchFields.Id, documentId)), 1);
        return found.TotalHits == 0 ? null : searcher.Explain(ToLucene(query), found.ScoreDocs[0].Doc).ToString();
    }

    /// <summary>How many documents carry <paramref name="value"/> in keyword field <paramref name="field"/> (to warn about filters that match nothing).</summary>
    public int CountWith(string field, string value) => reader.DocFreq(new Term(field, value));

    /// <summary>The Lucene query <paramref name="query"/> becomes.</summary>
    public Query ToLucene(string query)
    {
        var node = QuerySyntax.Parse(query);
        var builder = new LuceneQueryBuilder(queryAnalyzer, phraseAnalyzer, Weights, (field, term) => reader.DocFreq(new Term(field, term)) > 0);
        return builder.Build(node)
            ?? throw new SearchQueryException("the query has no searchable words (only stop words or punctuation)");
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        reader.Dispose();
        queryAnalyzer.Dispose();
        phraseAnalyzer.Dispose();
        indexAnalyzer.Dispose();
        if (ownsDirectory)
        {
            directory.Dispose();
        }
    }

    /// <summary>BM25 scores times the kind prior, best first, ties in index order. Lucene ranks by BM25 alone, so the top
    /// of its ranking is re-scored; the window grows until no document outside it could still reach the top.</summary>
    private (List<(int Doc, float Score)> Ranked, int Total) Rank(Query query, Filter? filter, int top)
    {
        var maxPrior = priorByDocument.Length == 0 ? 1f : priorByDocument.Max();
        var uniform = priorByDocument.All(p => p == maxPrior);
        for (var window = uniform ? top : Math.Max(top, 100); ; window *= 4)
        {
            var found = filter is null ? searcher.Search(query, window) : searcher.Search(query, filter, window);
            var ranked = found.ScoreDocs
                .Select(d => (d.Doc, Score: d.Score * priorByDocument[d.Doc]))
                .OrderByDescending(d => d.Score)
                .ThenBy(d => d.Doc)
                .Take(top)
                .ToList();
            var complete = found.ScoreDocs.Length < window || uniform;
            var bestOutside = found.ScoreDocs.Length == 0 ? 0f : found.ScoreDocs[^1].Score * maxPrior;
            if (complete || (ranked.Count == top && ranked[^1].Score >= bestOutside))
            {
                return (ranked, found.TotalHits);
            }
        }
    }

    private static float[] Priors(DirectoryReader reader, RankingWeights weights)
    {
        var priors = new float[reader.MaxDoc];
        var kindOnly = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Kind };
        for (var doc = 0; doc < priors.Length; doc++)
        {
            priors[doc] = weights.PriorOf(reader.Document(doc, kindOnly).Get(SearchFields.Kind) ?? "");
        }

        return priors;
    }

    private static Filter? Filters(SearchFilters filters)
    {
        if (!filters.Any)
        {
            return null;
        }

        var all = new BooleanQuery();
        AddFacet(all, SearchFields.Jurisdiction, filters.Jurisdictions);
        AddFacet(all, SearchFields.Topic, filters.Topics);
        AddFacet(all, SearchFields.Kind, filters.Kinds);
        return new QueryWrapperFilter(all);
    }

    private static void AddFacet(BooleanQuery all, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var any = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        all.Add(any, Occur.MUST);
    }

    private static string ReadSettings(Lucene.Net.Store.Directory directory)
    {
        using var input = directory.OpenInput(AnalysisSettings.FileName, IOContext.READ_ONCE);
        var bytes = new byte[input.Length];
        input.ReadBytes(bytes, 0, bytes.Length);
        return Encoding.UTF8.GetString(bytes);
    }
}
