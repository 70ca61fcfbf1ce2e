namespace RegKnowledge.Search.Analysis;

/// <summary>Which domain rules run on top of Lucene's EnglishAnalyzer chain. <see cref="Plain"/> is EnglishAnalyzer exactly.</summary>
/// <param name="AcronymDots">"U.S." → us (<see cref="AcronymDotFilter"/>).</param>
/// <param name="Spelling">British → American spelling before stemming (<see cref="SpellingVariants"/>).</param>
/// <param name="Synonyms">Taxonomy synonym groups (<see cref="SynonymTable"/>).</param>
public sealed record AnalysisProfile(bool AcronymDots, bool Spelling, bool Synonyms)
{
    /// <summary>Lucene's EnglishAnalyzer, nothing added: the baseline relevance is measured against.</summary>
    public static AnalysisProfile Plain { get; } = new(false, false, false);

    /// <summary>Every domain rule: what the index is built with.</summary>
    public static AnalysisProfile Domain { get; } = new(true, true, true);

    /// <summary>A short name for reports: "plain", "domain" or the rules switched on joined by '+'.</summary>
    public string Name =>
        this == Plain ? "plain" : this == Domain ? "domain"
        : string.Join('+', new[] { AcronymDots ? "acronyms" : null, Spelling ? "spelling" : null, Synonyms ? "synonyms" : null }.OfType<string>());
}

/// <summary>What the analyzer is used for; only synonym handling differs.</summary>
public enum AnalysisMode
{
    /// <summary>Indexing: keep every original token and add the group's canonical token beside a synonym match.</summary>
    Index,
    /// <summary>Query words: replace a synonym match by its canonical token.</summary>
    Query,
    /// <summary>Quoted phrases: no synonym step, so a phrase matches its exact wording.</summary>
    Phrase,
    /// <summary>Synonym keys: the chain up to spelling, then the English plural stemmer instead of Porter. Synonym variants
    /// are matched on these keys, so "VASPs" matches "vasp" but "use" (Porter: <c>us</c>) never matches "US".</summary>
    SynonymKey,
}
