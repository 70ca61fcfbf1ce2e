using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.Querying;

/// <summary>Turns a parsed query into a Lucene query over title, context and body with <see cref="RankingWeights"/>.</summary>
/// <remarks>
/// Words: analysed with the query analyzer (synonyms replaced by their canonical token); each token becomes a
/// DisjunctionMax over the three fields, and the tokens of a clause are OR-ed. Phrases: analysed without the synonym step;
/// a PhraseQuery per field (a TermQuery for one token). Prefixes: a PrefixQuery per field on the lower-cased text, plus
/// the stems it starts with (see <see cref="Prefix"/>). A clause whose text analyses to nothing (only stop words) is dropped.
/// </remarks>
internal sealed class LuceneQueryBuilder(Analyzer words, Analyzer phrases, RankingWeights weights, Func<string, string, bool> termExists)
{
    /// <summary>Most letters a stem may lack compared with the typed prefix.</summary>
    public const int PrefixStemSlack = 3;

    /// <summary>Fewest letters a stem matched by a prefix may have.</summary>
    public const int PrefixStemMinimum = 4;

    private readonly (string Field, float Boost)[] fields =
        new[] { (SearchFields.Title, weights.Title), (SearchFields.Context, weights.Context), (SearchFields.Body, weights.Body) }
            .Where(f => f.Item2 > 0).ToArray();

    /// <summary>The Lucene query, or null when nothing searchable is left.</summary>
    public Query? Build(QueryNode node) => node switch
    {
        WordsNode w => Words(w.Text),
        PhraseNode p => Phrase(p.Text),
        PrefixNode p => Prefix(p.Prefix),
        BooleanNode b => Boolean(b),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown query node"),
    };

    private Query? Boolean(BooleanNode node)
    {
        var query = new BooleanQuery();
        foreach (var (role, child) in node.Clauses)
        {
            if (Build(child) is { } built)
            {
                query.Add(built, role switch
                {
                    ClauseRole.Must => Occur.MUST,
                    ClauseRole.MustNot => Occur.MUST_NOT,
                    _ => Occur.SHOULD,
                });
            }
        }

        if (query.Clauses.Count == 0)
        {
            return null;
        }

        // Only exclusions ("NOT custody"): everything except them.
        if (query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            query.Add(new MatchAllDocsQuery(), Occur.SHOULD);
        }

        return query;
    }

    private Query? Words(string text)
    {
        var tokens = Analyze(words, text);
        if (tokens.Count == 0)
        {
            return null;
        }

        if (tokens.Count == 1)
        {
            return Term(tokens[0].Term);
        }

        var query = new BooleanQuery();
        foreach (var token in tokens)
        {
            query.Add(Term(token.Term), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Index terms are stemmed ("segregation" is <c>segreg</c>), so a prefix also matches an index term that is
    /// the typed prefix shortened by up to <see cref="PrefixStemSlack"/> letters (keeping at least
    /// <see cref="PrefixStemMinimum"/>), or the typed prefix analysed as a word: "segregat*" and "segregation*" find
    /// <c>segreg</c>, "authoris*" finds <c>author</c>.</summary>
    private Query Prefix(string typed)
    {
        var analysed = Analyze(phrases, typed);
        var candidates = Enumerable.Range(1, PrefixStemSlack)
            .Select(cut => typed.Length - cut)
            .Where(length => length >= PrefixStemMinimum)
            .Select(length => typed[..length])
            .Concat(analysed.Count == 1 && analysed[0].Term != typed ? [analysed[0].Term] : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return PerField(field => PrefixOrStems(field, typed, candidates.Where(stem => termExists(field, stem)).ToList()));
    }

    private static Query PrefixOrStems(string field, string typed, List<string> stems)
    {
        if (stems.Count == 0)
        {
            return new PrefixQuery(new Term(field, typed));
        }

        var any = new BooleanQuery { { new PrefixQuery(new Term(field, typed)), Occur.SHOULD } };
        foreach (var stem in stems)
        {
            any.Add(new TermQuery(new Term(field, stem)), Occur.SHOULD);
        }

        return any;
    }

    private Query? Phrase(string text)
    {
        var tokens = Analyze(phrases, text);
        if (tokens.Count <= 1)
        {
            return tokens.Count == 0 ? null : Term(tokens[0].Term);
        }

        return PerField(field =>
        {
            var phrase = new PhraseQuery();
            foreach (var (term, position) in tokens)
            {
                phrase.Add(new Term(field, term), position);
            }

            return phrase;
        });
    }

    private Query Term(string term) => PerField(field => new TermQuery(new Term(field, term)));

    private Query PerField(Func<string, Query> create)
    {
        var max = new DisjunctionMaxQuery(weights.TieBreaker);
        foreach (var (field, boost) in fields)
        {
            var query = create(field);
            query.Boost = boost;
            max.Add(query);
        }

        return max;
    }

    /// <summary>Terms and their positions (stop words leave gaps, which phrases keep).</summary>
    private static List<(string Term, int Position)> Analyze(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}
