using RegKnowledge.Search.Indexing;
using RegKnowledge.Search.Querying;

namespace RegKnowledge.Search.Tests.Querying;

/// <summary>Given the sample content indexed in memory, searches rank, filter, highlight and fail as documented.</summary>
public sealed class SearchServiceTests : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory = SearchIndexBuilder.BuildInMemory(TestGraphs.Sample("staff"));
    private readonly SearchService service;

    public SearchServiceTests() => service = SearchService.Open(directory);

    public void Dispose()
    {
        service.Dispose();
        directory.Dispose();
    }

    private List<string> Ids(string query, SearchFilters? filters = null, int top = 10) =>
        service.Search(query, filters, top).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void Words_find_the_stance_they_describe_first()
    {
        Assert.Contains("stance:sg:aml-cft", Ids("travel rule Singapore").Take(3));
        Assert.Equal("stance:sg:custody", Ids("segregation of customer assets")[0]);
    }

    [Fact]
    public void A_phrase_needs_its_words_in_order()
    {
        Assert.Contains("stance:sg:aml-cft", Ids("\"travel rule\""));
        Assert.Empty(Ids("\"rule travel\""));
    }

    [Fact]
    public void NOT_removes_documents_and_AND_requires_both_sides()
    {
        Assert.DoesNotContain(Ids("travel rule NOT Singapore"), id => id.Contains("sg", StringComparison.Ordinal));
        Assert.All(service.Search("segregation AND transition").Hits, hit => Assert.Equal("engagement:mas-consultation-2026", hit.Id));
    }

    [Fact]
    public void A_prefix_matches_words_starting_with_it_also_after_stemming()
    {
        Assert.Contains("stance:sg:custody", Ids("segregat*"));
        Assert.Contains("stance:sg:custody", Ids("Segregation*"));
        Assert.Contains("stance:sg:licensing", Ids("licen*"));
        Assert.Contains("stance:sg:licensing", Ids("authoris*"));
    }

    [Fact]
    public void Filters_restrict_by_jurisdiction_topic_and_kind()
    {
        var sg = new SearchFilters { Jurisdictions = ["sg"] };
        Assert.All(service.Search("travel rule", sg).Hits, hit => Assert.Contains("sg", hit.Jurisdictions));
        var stances = new SearchFilters { Kinds = ["stance"], Topics = ["aml-cft"] };
        Assert.Equal(["stance:gb:aml-cft", "stance:sg:aml-cft"], Ids("travel rule", stances).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_hit_carries_title_url_and_a_snippet_whose_offsets_mark_the_matched_words()
    {
        var hit = service.Search("thresholds", new SearchFilters { Kinds = ["guidance-section"] }).Hits[0];
        Assert.Equal(("guidance-section:travel-rule-basics#thresholds", "Thresholds", "guidance/travel-rule-basics/#thresholds"), (hit.Id, hit.Title, hit.Url));
        var top = service.Search("transfers").Hits.First(h => h.Id == "guidance-section:travel-rule-basics#thresholds");
        Assert.NotEmpty(top.Snippet.Hits);
        Assert.All(top.Snippet.Hits, span => Assert.Equal("transfers", top.Snippet.Text.Substring(span.Start, span.Length)));
        Assert.Contains("[transfers]", top.Snippet.Marked("[", "]"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_synonym_hit_marks_the_whole_phrase_it_stands_for()
    {
        var hit = service.Search("VASP").Hits.First(h => h.Id == "guidance-section:travel-rule-basics#what-travels");
        Assert.Contains("[VASPs]", hit.Snippet.Marked("[", "]"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_query_always_gives_the_same_ranking() =>
        Assert.Equal(Ids("travel rule threshold"), Ids("travel rule threshold"));

    [Fact]
    public void Scores_come_from_BM25() =>
        Assert.Contains("k1", service.Explain("custody", "stance:sg:custody"), StringComparison.Ordinal);

    [Theory]
    [InlineData("the of and", "the query has no searchable words (only stop words or punctuation)")]
    [InlineData("\"custody", "the quote at column 1 is never closed; add a closing \" after the phrase")]
    public void Queries_without_searchable_words_or_with_bad_syntax_throw_a_query_error(string query, string message) =>
        Assert.Equal(message, Assert.Throws<SearchQueryException>(() => service.Search(query)).Message);
}
