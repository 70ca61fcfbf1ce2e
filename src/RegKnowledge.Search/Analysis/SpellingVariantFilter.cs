using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace RegKnowledge.Search.Analysis;

/// <summary>Rewrites each token with <see cref="SpellingVariants.Normalize"/>; runs after lower-casing, before stemming.</summary>
public sealed class SpellingVariantFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public SpellingVariantFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc/>
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = term.ToString();
        var normalized = SpellingVariants.Normalize(word);
        if (!ReferenceEquals(word, normalized) && !string.Equals(word, normalized, StringComparison.Ordinal))
        {
            term.SetEmpty().Append(normalized);
        }

        return true;
    }
}
