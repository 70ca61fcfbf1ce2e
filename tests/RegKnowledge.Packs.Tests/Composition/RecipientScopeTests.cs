using RegKnowledge.Model.Common;
using RegKnowledge.Packs.Composition;
using RegKnowledge.Testing;

namespace RegKnowledge.Packs.Tests.Composition;

public sealed class RecipientScopeTests
{
    [Theory]
    [InlineData("members", "mas", Tlp.Green, Tlp.Green)]
    [InlineData("public", "mas", Tlp.Green, Tlp.Clear)]
    [InlineData("staff", "mas", Tlp.Green, Tlp.Green)]
    public void A_regulator_receives_at_most_the_lower_of_its_clearance_and_the_audience_ceiling(string audience, string regulator, Tlp clearance, Tlp ceiling)
    {
        var graph = PackGraphs.Load(Fixtures.SampleContent, audience);

        var scope = RecipientScope.Resolve(graph, graph.JurisdictionById["sg"], regulator);

        Assert.Equal((clearance, ceiling), (scope.RecipientCeiling, scope.Ceiling));
        Assert.Equal("Monetary Authority of Singapore", scope.Name);
    }

    [Fact]
    public void A_regulator_without_an_entry_gets_the_default_clearance()
    {
        using var content = TempContent.FromSample();
        content.Write("config/site.yaml", content.Read("config/site.yaml").Replace("  - regulator: fca\n    ceiling: green\n", "", StringComparison.Ordinal));
        var graph = PackGraphs.Load(content.Root, "staff");

        var scope = RecipientScope.Resolve(graph, graph.JurisdictionById["gb"], null);

        Assert.Equal((Tlp.Clear, Tlp.Clear), (scope.RecipientCeiling, scope.Ceiling));
    }

    [Fact]
    public void Rejects_a_regulator_of_another_jurisdiction_naming_the_right_ones()
    {
        var graph = PackGraphs.Load(Fixtures.SampleContent);

        var error = Assert.Throws<PackRequestException>(() => RecipientScope.Resolve(graph, graph.JurisdictionById["sg"], "fca"));

        Assert.Contains("its regulators are: mas", error.Message, StringComparison.Ordinal);
    }
}
