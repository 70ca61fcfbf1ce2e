using System.Globalization;
using System.Text;

namespace RegKnowledge.Search.Querying;

/// <summary>Kinds of query syntax token.</summary>
internal enum SyntaxKind
{
    Word,
    Phrase,
    Open,
    Close,
    And,
    Or,
    Not,
    Plus,
    Minus,
}

/// <summary>One piece of query syntax and the 1-based column it starts at.</summary>
internal readonly record struct SyntaxToken(SyntaxKind Kind, string Text, int Column);

/// <summary>Splits a query into words, quoted phrases, parentheses and operators.</summary>
/// <remarks>Whitespace separates; '"' opens a phrase up to the next '"'; '(' and ')' stand alone even inside a word;
/// upper-case AND, OR, NOT are operators (lower-case "and" is a word); '+' or '-' at the start of a word, phrase or
/// group means must / must not. A '-' inside a word ("crypto-asset") is part of the word.</remarks>
internal static class QueryLexer
{
    public static List<SyntaxToken> Split(string query)
    {
        var tokens = new List<SyntaxToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var close = query.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw new SearchQueryException(string.Create(CultureInfo.InvariantCulture,
                        $"the quote at column {i + 1} is never closed; add a closing \" after the phrase"));
                }

                tokens.Add(new SyntaxToken(SyntaxKind.Phrase, query[(i + 1)..close], i + 1));
                i = close + 1;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new SyntaxToken(c == '(' ? SyntaxKind.Open : SyntaxKind.Close, c.ToString(), i + 1));
                i++;
            }
            else if (c is '+' or '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]) && query[i + 1] is not ('+' or '-'))
            {
                tokens.Add(new SyntaxToken(c == '+' ? SyntaxKind.Plus : SyntaxKind.Minus, c.ToString(), i + 1));
                i++;
            }
            else
            {
                var start = i;
                var word = new StringBuilder();
                while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('"' or '(' or ')'))
                {
                    word.Append(query[i++]);
                }

                var text = word.ToString();
                var kind = text switch
                {
                    "AND" => SyntaxKind.And,
                    "OR" => SyntaxKind.Or,
                    "NOT" => SyntaxKind.Not,
                    _ => SyntaxKind.Word,
                };
                tokens.Add(new SyntaxToken(kind, text, start + 1));
            }
        }

        return tokens;
    }
}
