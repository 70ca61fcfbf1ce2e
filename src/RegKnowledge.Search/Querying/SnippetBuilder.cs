using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.Querying;

/// <summary>Picks the best passage of a body for a query with Lucene's Highlighter and reports hit offsets.</summary>
/// <remarks>The body is re-analysed with the index analyzer, so a hit on a synonym's canonical token marks the words it
/// stands for ("VASP" marks "virtual asset service providers"). Without a body hit the snippet is the start of the body.</remarks>
internal sealed class SnippetBuilder(Analyzer indexAnalyzer, int fragmentLength = 180)
{
    private const char Open = '\u0001';
    private const char Close = '\u0002';
    private const string Ellipsis = "…";

    public Snippet Build(Query query, string body)
    {
        var clean = body.Replace(Open, ' ').Replace(Close, ' ');
        var scorer = new QueryScorer(query, SearchFields.Body);
        var highlighter = new Highlighter(new MarkerFormatter(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, fragmentLength),
            MaxDocCharsToAnalyze = Math.Max(clean.Length, Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE),
        };
        string? fragment;
        using (var stream = indexAnalyzer.GetTokenStream(SearchFields.Body, clean))
        {
            fragment = highlighter.GetBestFragment(stream, clean);
        }

        return fragment is null ? Lead(clean) : FromMarked(fragment.Trim(), clean);
    }

    /// <summary>The first <c>fragmentLength</c> characters, cut at a space.</summary>
    private Snippet Lead(string body)
    {
        if (body.Length <= fragmentLength)
        {
            return new Snippet(body, []);
        }

        var cut = body.LastIndexOf(' ', fragmentLength);
        return new Snippet(body[..(cut > 0 ? cut : fragmentLength)] + Ellipsis, []);
    }

    private static Snippet FromMarked(string marked, string body)
    {
        var text = new System.Text.StringBuilder(marked.Length + 2);
        var hits = new List<HitSpan>();
        var plain = marked.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal);
        var at = body.IndexOf(plain, StringComparison.Ordinal);
        var lead = at > 0 ? Ellipsis : "";
        text.Append(lead);
        var start = -1;
        foreach (var c in marked)
        {
            if (c == Open)
            {
                start = text.Length;
            }
            else if (c == Close && start >= 0)
            {
                hits.Add(new HitSpan(start, text.Length - start));
                start = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        if (at >= 0 && at + plain.Length < body.Length)
        {
            text.Append(Ellipsis);
        }

        return new Snippet(text.ToString(), hits);
    }

    /// <summary>Wraps scored token groups in control-character markers, later turned into offsets.</summary>
    private sealed class MarkerFormatter : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? $"{Open}{originalText}{Close}" : originalText;
    }
}
