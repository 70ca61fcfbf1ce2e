using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.Tests.Analysis;

/// <summary>Given the analyzer chain, the plain profile is EnglishAnalyzer and the domain rules add only what they say.</summary>
public sealed class DomainAnalyzerTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Groups =
        [["vasp", "virtual asset service provider"], ["us", "u.s.", "united states"], ["authorise", "authorize"]];

    [Fact]
    public void The_plain_profile_produces_exactly_the_tokens_of_EnglishAnalyzer()
    {
        using var english = new EnglishAnalyzer(DomainAnalyzer.Version);
        using var plain = AnalysisSettings.For(Groups, AnalysisProfile.Plain).CreateAnalyzer(AnalysisMode.Index);
        foreach (var text in GraphDocuments.From(TestGraphs.Sample("staff")).Select(d => $"{d.Title} {d.Context} {d.Body}"))
        {
            Assert.Equal(AnalyzerTokens.Of(english, text), AnalyzerTokens.Of(plain, text));
        }
    }

    [Fact]
    public void At_index_time_the_canonical_token_sits_at_the_first_word_and_spans_the_whole_match()
    {
        using var analyzer = AnalysisSettings.For(Groups, AnalysisProfile.Domain).CreateAnalyzer(AnalysisMode.Index);
        const string text = "Each virtual asset service provider must";
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<(string, int, string)>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, text[offset.StartOffset..offset.EndOffset]));
        }

        stream.End();
        Assert.Equal(
            [("each", 0, "Each"), ("virtual", 1, "virtual"), ("~vasp", 1, "virtual asset service provider"), ("asset", 2, "asset"),
             ("servic", 3, "service"), ("provid", 4, "provider"), ("must", 5, "must")],
            tokens);
    }

    [Fact]
    public void Groups_the_chain_already_unifies_are_dropped_and_the_canonical_token_is_the_first_single_word()
    {
        var table = AnalysisSettings.For(Groups, AnalysisProfile.Domain).Synonyms;
        Assert.Equal(["~vasp", "~us"], table.Entries.Select(e => e.Canonical));
        Assert.Equal([["us"], ["united", "state"]], table.Entries[1].Variants);
        Assert.Equal(4, table.MaxLength);
    }

    [Fact]
    public void Without_a_single_word_variant_the_canonical_token_joins_the_first_variant_with_underscores()
    {
        var table = AnalysisSettings.For([["travel rule", "fatf recommendation 16"]], AnalysisProfile.Domain).Synonyms;
        Assert.Equal("~travel_rule", table.Entries.Single().Canonical);
    }

    [Fact]
    public void A_variant_claimed_by_an_earlier_group_is_ignored_later()
    {
        var table = AnalysisSettings.For([["uk", "united kingdom"], ["gb", "uk", "great britain"]], AnalysisProfile.Domain).Synonyms;
        Assert.Equal([["gb"], ["great", "britain"]], table.Entries[1].Variants);
    }

    [Fact]
    public void Saved_settings_read_back_to_the_same_analysis()
    {
        var settings = AnalysisSettings.For(Groups, AnalysisProfile.Domain);
        var json = settings.ToJson();
        var read = AnalysisSettings.FromJson(json);
        Assert.Equal(json, read.ToJson());
        Assert.Equal(settings.Profile, read.Profile);
        Assert.Contains("\"stopWords\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_of_another_format_are_rejected_with_a_rebuild_hint()
    {
        var json = AnalysisSettings.For(Groups, AnalysisProfile.Domain).ToJson().Replace("\"format\": 2", "\"format\": 99", StringComparison.Ordinal);
        var error = Assert.Throws<InvalidDataException>(() => AnalysisSettings.FromJson(json));
        Assert.Contains("rebuild the index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stop_words_are_EnglishAnalyzer_s_33()
    {
        Assert.Equal(33, DomainAnalyzer.StopWords.Count);
        Assert.Contains("the", DomainAnalyzer.StopWords);
        Assert.DoesNotContain("us", DomainAnalyzer.StopWords);
    }
}
