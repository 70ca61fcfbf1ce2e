using RegKnowledge.Search.Analysis;

namespace RegKnowledge.Search.Tests.Analysis;

/// <summary>Given a lower-case word, British spellings become American and everything else stays.</summary>
public sealed class SpellingVariantsTests
{
    [Theory]
    [InlineData("authorised", "authorized")]
    [InlineData("authorisations", "authorizations")]
    [InlineData("recognise", "recognize")]
    [InlineData("minimising", "minimizing")]
    [InlineData("organiser", "organizer")]
    [InlineData("analysed", "analyzed")]
    [InlineData("licence", "license")]
    [InlineData("licencing", "licensing")]
    [InlineData("offences", "offenses")]
    [InlineData("centre", "center")]
    [InlineData("programme", "program")]
    [InlineData("behavioural", "behavioral")]
    [InlineData("modelling", "modeling")]
    public void British_spellings_become_American(string british, string american) =>
        Assert.Equal(american, SpellingVariants.Normalize(british));

    [Theory]
    [InlineData("rise")]
    [InlineData("wise")]
    [InlineData("expertise")]
    [InlineData("improvise")]
    [InlineData("paradise")]
    [InlineData("authorized")]
    [InlineData("four")]
    [InlineData("hour")]
    [InlineData("stablecoin")]
    public void Other_words_stay_as_they_are(string word) => Assert.Equal(word, SpellingVariants.Normalize(word));

    [Theory]
    [InlineData("u.s", true)]
    [InlineData("u.s.", true)]
    [InlineData("e.g", true)]
    [InlineData("a.b.c", true)]
    [InlineData("u.", false)]
    [InlineData("us", false)]
    [InlineData("mas.gov.sg", false)]
    [InlineData("5.1", false)]
    [InlineData("u..s", false)]
    public void Dotted_acronyms_are_single_letters_between_dots(string word, bool acronym) =>
        Assert.Equal(acronym, AcronymDotFilter.IsDottedAcronym(word));
}
