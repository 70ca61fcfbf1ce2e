using RegKnowledge.Search.Documents;
using RegKnowledge.Testing;

namespace RegKnowledge.Search.Tests.Documents;

/// <summary>Given the sample graph, every item becomes documents with stable ids, site URLs and only what the audience sees.</summary>
public sealed class GraphDocumentsTests
{
    [Fact]
    public void Every_kind_of_item_becomes_a_document_with_a_stable_id_and_its_site_url()
    {
        var documents = GraphDocuments.From(TestGraphs.Sample("staff")).ToDictionary(d => d.Id);
        Assert.Equal("jurisdictions/sg/", documents["jurisdiction:sg"].Url);
        Assert.Equal("jurisdictions/sg/#topic-aml-cft", documents["stance:sg:aml-cft"].Url);
        Assert.Equal("standards/trx/", documents["standard:trx"].Url);
        Assert.Equal("standards/trx/#trx-01", documents["clause:trx-01"].Url);
        Assert.Equal("jurisdictions/sg/standards/trx/#trx-01--sg", documents["mapping:trx-01--sg"].Url);
        Assert.Equal("guidance/travel-rule-basics/", documents["guidance:travel-rule-basics"].Url);
        Assert.Equal("guidance/travel-rule-basics/#thresholds", documents["guidance-section:travel-rule-basics#thresholds"].Url);
        Assert.Equal("engagements/mas-consultation-2026/", documents["engagement:mas-consultation-2026"].Url);
    }

    [Fact]
    public void Documents_carry_the_facets_filters_need()
    {
        var stance = GraphDocuments.From(TestGraphs.Sample()).Single(d => d.Id == "stance:sg:aml-cft");
        Assert.Equal(("stance", "Singapore: AML/CFT and the travel rule"), (stance.Kind, stance.Title));
        Assert.Equal(["sg"], stance.Jurisdictions);
        Assert.Equal(["asia-pacific"], stance.Regions);
        Assert.Equal(["aml-cft"], stance.Topics);
        Assert.Equal("regulated", stance.StanceLevel);
        Assert.Equal(new DateOnly(2026, 6, 30), stance.Date);
        Assert.Contains("PSN02", stance.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_unique_and_the_order_is_the_same_every_time()
    {
        var first = GraphDocuments.From(TestGraphs.Sample("staff")).Select(d => d.Id).ToList();
        Assert.Equal(first.Count, first.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(first, GraphDocuments.From(TestGraphs.Load(Fixtures.SampleContent, "staff")).Select(d => d.Id));
    }

    [Fact]
    public void The_public_audience_gets_no_document_of_anything_above_clear()
    {
        var ids = GraphDocuments.From(TestGraphs.Sample("public")).Select(d => d.Id).ToList();
        Assert.DoesNotContain(ids, id => id.StartsWith("guidance", StringComparison.Ordinal));
        Assert.DoesNotContain(ids, id => id.StartsWith("mapping:", StringComparison.Ordinal));
        Assert.DoesNotContain(ids, id => id.StartsWith("engagement:", StringComparison.Ordinal));
        Assert.DoesNotContain("stance:gb:custody", ids);
        Assert.Contains("stance:gb:aml-cft", ids);
    }

    [Fact]
    public void Labelled_fields_reach_the_text_only_for_audiences_cleared_for_them()
    {
        static bool Mentions(string audience, string text) =>
            GraphDocuments.From(TestGraphs.Sample(audience)).Any(d => d.Body.Contains(text, StringComparison.Ordinal));

        Assert.False(Mentions("members", "Internal view that MAS will tighten"));
        Assert.False(Mentions("members", "hinted the period could be 9 months"));
        Assert.True(Mentions("staff", "Internal view that MAS will tighten"));
        Assert.True(Mentions("staff", "hinted the period could be 9 months"));
    }

    [Fact]
    public void A_sub_national_regime_is_filed_under_its_parent_too()
    {
        using var temp = TempContent.FromSample();
        var sg = temp.Read("jurisdictions/sg.yaml");
        temp.Write("jurisdictions/sg-x.yaml", sg
            .Replace("id: sg\n", "id: sg-x\nparent: sg\n", StringComparison.Ordinal)
            .Replace("id: mas", "id: mas-x", StringComparison.Ordinal)
            .Replace("regulator: mas", "regulator: mas-x", StringComparison.Ordinal)
            .Replace("id: sg-psa-2019", "id: sg-x-psa", StringComparison.Ordinal)
            .Replace("[sg-psa-2019]", "[sg-x-psa]", StringComparison.Ordinal));
        var stance = GraphDocuments.From(TestGraphs.Load(temp.Root)).Single(d => d.Id == "stance:sg-x:licensing");
        Assert.Equal(["sg-x"], stance.Jurisdictions);
        Assert.Equal(["sg", "sg-x"], stance.JurisdictionScope);
    }
}
