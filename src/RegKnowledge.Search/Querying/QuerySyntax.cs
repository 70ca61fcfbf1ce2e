using System.Globalization;

namespace RegKnowledge.Search.Querying;

/// <summary>Parses the query language of <c>regk search</c> and the site's search box.</summary>
/// <remarks>
/// <code>
/// query   := or
/// or      := and ( [OR] and )*        adjacent clauses are OR-ed (ranked by score)
/// and     := unary ( AND unary )*
/// unary   := ( NOT | '-' | '+' ) unary | primary
/// primary := "phrase" | word* (prefix) | '(' or ')' | words
/// words   := word word ...            adjacent plain words form one clause
/// </code>
/// After NOT, '-' or '+' a plain word stands alone ("NOT staking rewards" excludes only "staking").
/// </remarks>
public static class QuerySyntax
{
    /// <summary>Longest query accepted, in characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>Shortest text before a '*'.</summary>
    public const int MinPrefixLength = 2;

    /// <summary>Parses <paramref name="query"/> or throws <see cref="SearchQueryException"/>.</summary>
    public static QueryNode Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > MaxLength)
        {
            throw new SearchQueryException(string.Create(CultureInfo.InvariantCulture, $"the query is longer than {MaxLength} characters"));
        }

        var tokens = QueryLexer.Split(query);
        if (tokens.Count == 0)
        {
            throw new SearchQueryException("the query is empty");
        }

        var parser = new Parser(tokens);
        var node = parser.Or();
        if (!parser.AtEnd)
        {
            var stray = parser.Current;
            throw new SearchQueryException(string.Create(CultureInfo.InvariantCulture,
                $"the ')' at column {stray.Column} has no matching '('"));
        }

        return node;
    }

    private sealed class Parser(List<SyntaxToken> tokens)
    {
        private int position;

        public bool AtEnd => position >= tokens.Count;

        public SyntaxToken Current => tokens[position];

        public QueryNode Or()
        {
            var clauses = new List<(ClauseRole, QueryNode)> { Clause(And()) };
            while (!AtEnd && Current.Kind != SyntaxKind.Close)
            {
                if (Current.Kind == SyntaxKind.Or)
                {
                    var or = Current;
                    position++;
                    RequireOperand(or);
                }

                clauses.Add(Clause(And()));
            }

            return clauses.Count == 1 && clauses[0].Item1 == ClauseRole.Should ? clauses[0].Item2 : new BooleanNode(clauses);
        }

        private QueryNode And()
        {
            var first = Unary();
            if (AtEnd || Current.Kind != SyntaxKind.And)
            {
                return first;
            }

            var clauses = new List<(ClauseRole, QueryNode)> { Required(first) };
            while (!AtEnd && Current.Kind == SyntaxKind.And)
            {
                var and = Current;
                position++;
                RequireOperand(and);
                clauses.Add(Required(Unary()));
            }

            return new BooleanNode(clauses);
        }

        private QueryNode Unary()
        {
            var token = Current;
            switch (token.Kind)
            {
                case SyntaxKind.Not or SyntaxKind.Minus or SyntaxKind.Plus:
                    position++;
                    RequireOperand(token);
                    var operand = Current.Kind == SyntaxKind.Word ? SingleWord() : Unary();
                    var role = token.Kind == SyntaxKind.Plus ? ClauseRole.Must : ClauseRole.MustNot;
                    return new BooleanNode([(role, operand)]);
                default:
                    return Primary();
            }
        }

        private QueryNode Primary()
        {
            var token = Current;
            switch (token.Kind)
            {
                case SyntaxKind.Phrase:
                    position++;
                    return new PhraseNode(token.Text);
                case SyntaxKind.Open:
                    position++;
                    if (AtEnd || Current.Kind == SyntaxKind.Close)
                    {
                        throw AtEnd ? Unclosed(token) : new SearchQueryException(string.Create(CultureInfo.InvariantCulture,
                            $"empty parentheses at column {token.Column}"));
                    }

                    var inner = Or();
                    if (AtEnd)
                    {
                        throw Unclosed(token);
                    }

                    position++;
                    return inner;
                case SyntaxKind.Word:
                    return IsPrefix(token.Text) ? SingleWord() : Words();
                case SyntaxKind.Close:
                    throw new SearchQueryException(string.Create(CultureInfo.InvariantCulture,
                        $"the ')' at column {token.Column} has no matching '('"));
                default:
                    throw new SearchQueryException(string.Create(CultureInfo.InvariantCulture,
                        $"'{token.Text}' at column {token.Column} needs a search term before it"));
            }
        }

        private QueryNode SingleWord()
        {
            var token = Current;
            position++;
            if (!IsPrefix(token.Text))
            {
                return new WordsNode(token.Text);
            }

            var prefix = token.Text[..^1];
            if (prefix.Length < MinPrefixLength || prefix.Contains('*', StringComparison.Ordinal))
            {
                throw new SearchQueryException(string.Create(CultureInfo.InvariantCulture,
                    $"'{token.Text}' at column {token.Column}: a prefix search needs at least {MinPrefixLength} letters before a single '*' at the end"));
            }

            return new PrefixNode(prefix.ToLowerInvariant());
        }

        private WordsNode Words()
        {
            var words = new List<string>();
            while (!AtEnd && Current.Kind == SyntaxKind.Word && !IsPrefix(Current.Text))
            {
                words.Add(Current.Text);
                position++;
            }

            return new WordsNode(string.Join(' ', words));
        }

        private void RequireOperand(SyntaxToken op)
        {
            if (AtEnd || Current.Kind is SyntaxKind.Close or SyntaxKind.And or SyntaxKind.Or)
            {
                throw new SearchQueryException(string.Create(CultureInfo.InvariantCulture,
                    $"'{op.Text}' at column {op.Column} needs a search term after it"));
            }
        }

        private static bool IsPrefix(string word) => word.Length > 1 && word.EndsWith('*');

        private static SearchQueryException Unclosed(SyntaxToken open) =>
            new(string.Create(CultureInfo.InvariantCulture, $"the '(' at column {open.Column} is never closed"));

        /// <summary>A clause of an OR list: a bare +x / -x keeps its own role.</summary>
        private static (ClauseRole, QueryNode) Clause(QueryNode node) =>
            node is BooleanNode { Clauses: [var only] } && only.Role != ClauseRole.Should ? only : (ClauseRole.Should, node);

        /// <summary>A clause of an AND list: required unless it is a NOT.</summary>
        private static (ClauseRole, QueryNode) Required(QueryNode node) =>
            node is BooleanNode { Clauses: [var only] } && only.Role != ClauseRole.Should ? only : (ClauseRole.Must, node);
    }
}
