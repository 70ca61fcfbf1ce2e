using RegKnowledge.Search.Querying;

namespace RegKnowledge.Search.Tests.Querying;

/// <summary>Given a typed query, the parser builds the clause structure or rejects it with one clear sentence.</summary>
public sealed class QuerySyntaxTests
{
    [Fact]
    public void Adjacent_words_form_one_clause() =>
        Assert.Equal(new WordsNode("travel rule threshold Singapore"), QuerySyntax.Parse("travel rule threshold Singapore"));

    [Fact]
    public void A_phrase_and_words_next_to_each_other_are_alternatives()
    {
        var node = Assert.IsType<BooleanNode>(QuerySyntax.Parse("\"travel rule\" threshold"));
        Assert.Equal([(ClauseRole.Should, (QueryNode)new PhraseNode("travel rule")), (ClauseRole.Should, new WordsNode("threshold"))], node.Clauses);
    }

    [Fact]
    public void AND_binds_the_clauses_around_it()
    {
        var node = Assert.IsType<BooleanNode>(QuerySyntax.Parse("stablecoin reserve AND EU"));
        Assert.Equal([(ClauseRole.Must, (QueryNode)new WordsNode("stablecoin reserve")), (ClauseRole.Must, new WordsNode("EU"))], node.Clauses);
    }

    [Theory]
    [InlineData("custody NOT staking rewards")]
    [InlineData("custody -staking rewards")]
    public void NOT_and_minus_exclude_the_single_word_after_them(string query)
    {
        var node = Assert.IsType<BooleanNode>(QuerySyntax.Parse(query));
        Assert.Equal(
            [(ClauseRole.Should, (QueryNode)new WordsNode("custody")), (ClauseRole.MustNot, new WordsNode("staking")), (ClauseRole.Should, new WordsNode("rewards"))],
            node.Clauses);
    }

    [Fact]
    public void A_trailing_star_is_a_lower_case_prefix() => Assert.Equal(new PrefixNode("stable"), QuerySyntax.Parse("Stable*"));

    [Fact]
    public void Parentheses_group_and_lower_case_operators_are_words()
    {
        var node = Assert.IsType<BooleanNode>(QuerySyntax.Parse("(custody OR staking) AND uk and eu"));
        Assert.Equal(ClauseRole.Must, node.Clauses[0].Role);
        Assert.Equal(new WordsNode("uk and eu"), node.Clauses[1].Node);
        var inner = Assert.IsType<BooleanNode>(node.Clauses[0].Node);
        Assert.Equal([new WordsNode("custody"), new WordsNode("staking")], inner.Clauses.Select(c => c.Node));
    }

    [Fact]
    public void A_hyphen_inside_a_word_is_part_of_it() => Assert.Equal(new WordsNode("crypto-asset e-money"), QuerySyntax.Parse("crypto-asset e-money"));

    [Theory]
    [InlineData("\"travel rule", "the quote at column 1 is never closed; add a closing \" after the phrase")]
    [InlineData("(custody OR staking", "the '(' at column 1 is never closed")]
    [InlineData("custody)", "the ')' at column 8 has no matching '('")]
    [InlineData(") custody", "the ')' at column 1 has no matching '('")]
    [InlineData("AND custody", "'AND' at column 1 needs a search term before it")]
    [InlineData("custody AND", "'AND' at column 9 needs a search term after it")]
    [InlineData("custody OR", "'OR' at column 9 needs a search term after it")]
    [InlineData("NOT", "'NOT' at column 1 needs a search term after it")]
    [InlineData("custody AND OR staking", "'AND' at column 9 needs a search term after it")]
    [InlineData("()", "empty parentheses at column 1")]
    [InlineData("s*", "'s*' at column 1: a prefix search needs at least 2 letters before a single '*' at the end")]
    [InlineData("   ", "the query is empty")]
    public void Malformed_queries_are_rejected_with_one_sentence(string query, string message) =>
        Assert.Equal(message, Assert.Throws<SearchQueryException>(() => QuerySyntax.Parse(query)).Message);

    [Fact]
    public void Overlong_queries_are_rejected() =>
        Assert.Throws<SearchQueryException>(() => QuerySyntax.Parse(new string('a', QuerySyntax.MaxLength + 1)));
}
