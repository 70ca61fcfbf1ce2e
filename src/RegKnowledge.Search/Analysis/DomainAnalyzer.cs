using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace RegKnowledge.Search.Analysis;

/// <summary>EnglishAnalyzer's chain with the domain rules of a profile:
/// StandardTokenizer → EnglishPossessiveFilter → LowerCaseFilter → [AcronymDotFilter] → StopFilter(English)
/// → [SpellingVariantFilter] → [SynonymCanonicalFilter] → PorterStemFilter (canonical synonym tokens are not stemmed).</summary>
/// <remarks>The same analyzer is used for every field. With <see cref="AnalysisProfile.Plain"/> it produces exactly the
/// tokens of Lucene's EnglishAnalyzer (tested).</remarks>
public sealed class DomainAnalyzer : Analyzer
{
    /// <summary>The Lucene version every component is created with.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly AnalysisProfile profile;
    private readonly SynonymTable synonyms;
    private readonly AnalysisMode mode;

    /// <summary>An analyzer for <paramref name="mode"/>.</summary>
    public DomainAnalyzer(AnalysisProfile profile, SynonymTable synonyms, AnalysisMode mode)
    {
        this.profile = profile;
        this.synonyms = synonyms;
        this.mode = mode;
    }

    /// <summary>The English stop words (33, Lucene's EnglishAnalyzer default set), sorted.</summary>
    public static IReadOnlyList<string> StopWords { get; } =
        EnglishAnalyzer.DefaultStopSet.Select(w => w.ToString()!).Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        if (profile.AcronymDots)
        {
            stream = new AcronymDotFilter(stream);
        }

        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        if (profile.Spelling)
        {
            stream = new SpellingVariantFilter(stream);
        }

        if (mode == AnalysisMode.SynonymKey)
        {
            return new TokenStreamComponents(source, new EnglishMinimalStemFilter(stream));
        }

        if (profile.Synonyms && mode != AnalysisMode.Phrase && synonyms.MaxLength > 0)
        {
            stream = new SynonymCanonicalFilter(stream, synonyms, keepOriginals: mode == AnalysisMode.Index);
        }

        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
