using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace RegKnowledge.Search.Analysis;

/// <summary>Finds synonym variants in the token stream (greedy, longest match first, left to right, matches never overlap)
/// and puts the group's canonical token in. Runs after spelling normalisation and before Porter stemming.</summary>
/// <remarks>
/// A token's match key is the token after the English plural stemmer (<c>vasps</c> → <c>vasp</c>, <c>states</c> →
/// <c>state</c>, <c>us</c> and <c>use</c> unchanged). Index mode keeps the original tokens and adds the canonical token at
/// the position of the match's first token (position increment 0, offsets spanning the whole match), so
/// "virtual asset service providers" is found by "VASP" and by "service provider". Query mode replaces the match by the
/// canonical token, so "VASP" and "virtual asset service provider" become the same query. Canonical tokens are marked as
/// keywords, so the stemmer leaves them alone.
/// </remarks>
public sealed class SynonymCanonicalFilter : TokenFilter
{
    private readonly SynonymTable table;
    private readonly bool keepOriginals;
    private readonly EnglishMinimalStemmer plural = new();
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly IPositionLengthAttribute length;
    private readonly IKeywordAttribute keyword;
    private readonly List<Buffered> lookahead = [];
    private readonly List<string> lookaheadKeys = [];
    private readonly Queue<State> pending = new();
    private bool exhausted;

    /// <summary>Wraps <paramref name="input"/>; <paramref name="keepOriginals"/> is true at index time.</summary>
    public SynonymCanonicalFilter(TokenStream input, SynonymTable table, bool keepOriginals) : base(input)
    {
        this.table = table;
        this.keepOriginals = keepOriginals;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        length = AddAttribute<IPositionLengthAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <inheritdoc/>
    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            RestoreState(pending.Dequeue());
            return true;
        }

        Fill();
        if (lookahead.Count == 0)
        {
            return false;
        }

        var first = lookahead[0];
        if (table.LongestMatch(lookaheadKeys, 0) is not { } found)
        {
            Take(1);
            RestoreState(first.State);
            return true;
        }

        var last = lookahead[found.Length - 1];
        RestoreState(first.State);
        term.SetEmpty().Append(found.Canonical);
        offset.SetOffset(first.Start, last.End);
        keyword.IsKeyword = true;
        if (!keepOriginals)
        {
            Take(found.Length);
            return true;
        }

        increment.PositionIncrement = 0;
        length.PositionLength = found.Length;
        pending.Enqueue(CaptureState());
        foreach (var original in lookahead.Skip(1).Take(found.Length - 1))
        {
            pending.Enqueue(original.State);
        }

        Take(found.Length);
        RestoreState(first.State);
        return true;
    }

    /// <inheritdoc/>
    public override void Reset()
    {
        base.Reset();
        lookahead.Clear();
        lookaheadKeys.Clear();
        pending.Clear();
        exhausted = false;
    }

    private void Fill()
    {
        while (!exhausted && lookahead.Count < table.MaxLength)
        {
            if (!m_input.IncrementToken())
            {
                exhausted = true;
                break;
            }

            var chars = term.Buffer[..term.Length];
            var key = new string(chars, 0, plural.Stem(chars, chars.Length));
            lookahead.Add(new Buffered(CaptureState(), offset.StartOffset, offset.EndOffset));
            lookaheadKeys.Add(key);
        }
    }

    private void Take(int count)
    {
        lookahead.RemoveRange(0, count);
        lookaheadKeys.RemoveRange(0, count);
    }

    private sealed record Buffered(State State, int Start, int End);
}
