using System.Text.Json.Nodes;
using Json.Schema;
using RegKnowledge.Workflow.Export;

namespace RegKnowledge.Workflow.Tests.Export;

/// <summary>Given the sample graph, the JSON export parses, validates against its own JSON Schema, and states every item's label.</summary>
public sealed class JsonExportTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(GraphJsonSchema.Write());

    private static EvaluationResults Evaluate(JsonNode document) =>
        Schema.Evaluate(System.Text.Json.JsonDocument.Parse(document.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Theory]
    [InlineData("public")]
    [InlineData("members")]
    [InlineData("staff")]
    public void Export_validates_against_its_schema(string audience)
    {
        var document = JsonNode.Parse(GraphJson.Write(ExportFixture.Graph(audience)))!;

        var results = Evaluate(document);

        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Holds_the_whole_graph_with_effective_labels()
    {
        var document = JsonNode.Parse(GraphJson.Write(ExportFixture.Graph("staff")))!;

        Assert.Equal("staff", (string)document["audience"]!["id"]!);
        Assert.Equal(2, document["jurisdictions"]!.AsArray().Count);
        Assert.Equal(4, document["mappings"]!.AsArray().Count);
        var sg = document["jurisdictions"]!.AsArray().Single(j => (string)j!["id"]! == "sg")!;
        Assert.Equal(("clear", "in-force", "2020-01-28"), ((string)sg["tlp"]!, (string)sg["instruments"]![0]!["status"]!, (string)sg["instruments"]![0]!["in_force"]!));
        var mapping = document["mappings"]!.AsArray().Single(m => (string)m!["id"]! == "trx-02--sg")!;
        Assert.Equal(("trx", "1.1.0", "sg", "green", "intersects-with"),
            ((string)mapping["standard"]!, (string)mapping["standard_version"]!, (string)mapping["jurisdiction"]!, (string)mapping["tlp"]!, (string)mapping["relationship"]!));
        Assert.Null(sg["location"]);
    }

    [Fact]
    public void Schema_rejects_what_the_export_never_writes()
    {
        var document = JsonNode.Parse(GraphJson.Write(ExportFixture.Graph("staff")))!;
        document["jurisdictions"]![0]!["unexpected"] = "x";
        document["mappings"]![0]!["alignment"] = "mostly";

        var results = Evaluate(document);

        Assert.False(results.IsValid);
    }
}
