using RegKnowledge.Search.Analysis;

namespace RegKnowledge.Search.Tests.Relevance;

/// <summary>Given two spellings of the same thing, search returns the same top results on the starter content.</summary>
public sealed class VariantPairTests
{
    [Theory]
    [InlineData("authorised custodian", "authorized custodian")]
    [InlineData("licence", "license")]
    [InlineData("CASP licence requirements", "CASP license requirements")]
    [InlineData("VASP", "virtual asset service provider")]
    [InlineData("VASP registration", "virtual asset service providers registration")]
    [InlineData("US", "U.S.")]
    [InlineData("U.S. stablecoin issuers", "United States stablecoin issuers")]
    [InlineData("tokenisation", "tokenization")]
    [InlineData("organisation", "organization")]
    [InlineData("travel rule", "FATF Recommendation 16")]
    [InlineData("decentralised finance", "DeFi")]
    [InlineData("e-money token", "EMT")]
    public void Both_spellings_return_the_same_top_ten(string one, string other)
    {
        var first = RelevanceRun.Ranked(one);
        Assert.NotEmpty(first);
        Assert.Equal(first, RelevanceRun.Ranked(other));
    }

    [Fact]
    public void The_pairs_analyse_to_the_same_query_tokens_with_the_starter_taxonomy()
    {
        var settings = AnalysisSettings.For(RelevanceRun.Graph.Taxonomy, AnalysisProfile.Domain);
        using var analyzer = settings.CreateAnalyzer(AnalysisMode.Query);
        Assert.Equal(AnalyzerTokens.Of(analyzer, "VASP"), AnalyzerTokens.Of(analyzer, "virtual asset service provider"));
        Assert.Equal(AnalyzerTokens.Of(analyzer, "US"), AnalyzerTokens.Of(analyzer, "U.S."));
        Assert.Equal(AnalyzerTokens.Of(analyzer, "licence"), AnalyzerTokens.Of(analyzer, "license"));
    }
}
