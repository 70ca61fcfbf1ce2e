using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace RegKnowledge.Search.Analysis;

/// <summary>Drops the dots of a dotted acronym: StandardTokenizer keeps "U.S." as <c>u.s</c>, which the stemmer would
/// turn into <c>u.</c>; this makes it <c>us</c>, the same token as "US". Runs after lower-casing.</summary>
/// <remarks>A token is a dotted acronym when it is single ASCII letters separated by dots, optionally ending in a dot
/// (<c>u.s</c>, <c>u.k.</c>, <c>e.g</c>). "mas.gov.sg" and "5.1" are left alone.</remarks>
public sealed class AcronymDotFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public AcronymDotFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc/>
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = term.ToString();
        if (IsDottedAcronym(word))
        {
            term.SetEmpty().Append(word.Replace(".", "", StringComparison.Ordinal));
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> is letters separated by single dots: a.b, a.b., a.b.c.</summary>
    public static bool IsDottedAcronym(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            var c = word[i];
            if (expectLetter ? c is < 'a' or > 'z' : c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
