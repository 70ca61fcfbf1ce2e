using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RegKnowledge.Workflow.Export;

namespace RegKnowledge.Workflow.Tests.Export;

/// <summary>Given the sample graph, the OSCAL mapping collection has the model's structure, NIST IR 8477 relationships and stable v5 UUIDs.</summary>
public sealed partial class OscalExportTests
{
    private static JsonNode Collection(string audience = "staff") =>
        JsonNode.Parse(OscalMappingCollection.Write(ExportFixture.Graph(audience)))!["mapping-collection"]!;

    [Fact]
    public void Has_metadata_provenance_mappings_and_back_matter()
    {
        var collection = Collection();

        Assert.Equal(["uuid", "metadata", "provenance", "mappings", "back-matter"], collection.AsObject().Select(p => p.Key));
        Assert.Equal("1.2.0", (string)collection["metadata"]!["oscal-version"]!);
        Assert.Equal("2026-11-27T00:00:00Z", (string)collection["metadata"]!["last-modified"]!);
        Assert.Equal(["method", "matching-rationale", "status", "mapping-description"], collection["provenance"]!.AsObject().Select(p => p.Key));
        var resources = collection["back-matter"]!["resources"]!.AsArray().Select(r => "#" + (string)r!["uuid"]!).ToHashSet();
        var mappings = collection["mappings"]!.AsArray();
        Assert.Equal(2, mappings.Count); // trx in gb, trx in sg
        Assert.All(mappings, m =>
        {
            Assert.Equal("catalog", (string)m!["source-resource"]!["type"]!);
            Assert.Contains((string)m["source-resource"]!["href"]!, resources);
            Assert.Contains((string)m["target-resource"]!["href"]!, resources);
            Assert.NotEmpty(m["maps"]!.AsArray());
        });
    }

    [Fact]
    public void Maps_clauses_to_instruments_with_nist_relationships()
    {
        var maps = Collection()["mappings"]!.AsArray().SelectMany(m => m!["maps"]!.AsArray()).ToList();

        Assert.Equal(4, maps.Count);
        Assert.Equal(["equal-to", "intersects-with", "no-relationship", "subset-of"], maps.Select(m => (string)m!["relationship"]!).Order(StringComparer.Ordinal));
        var sg = maps.Single(m => (string)m!["relationship"]! == "subset-of")!;
        Assert.Equal(("control", "trx-01"), ((string)sg["sources"]![0]!["type"]!, (string)sg["sources"]![0]!["id-ref"]!));
        Assert.Equal("sg-psa-2019", (string)sg["targets"]![0]!["id-ref"]!);
        Assert.Equal("MAS Notice PSN02, paragraph 13", (string)sg["targets"]![0]!["props"]![0]!["value"]!);
        Assert.Equal("semantic", (string)sg["matching-rationale"]!);
        Assert.Contains(sg["props"]!.AsArray(), p => (string)p!["name"]! == "alignment" && (string)p["value"]! == "aligned");
    }

    [Fact]
    public void A_clause_without_local_counterpart_is_in_the_gap_summary()
    {
        var gb = Collection()["mappings"]!.AsArray().Single(m => m!["source-gap-summary"] is not null)!;

        Assert.Equal(["trx-02"], gb["source-gap-summary"]!["unmapped-controls"]![0]!["with-ids"]!.AsArray().Select(i => (string)i!));
    }

    [Fact]
    public void Uuids_are_version_5_unique_and_stable()
    {
        var text = OscalMappingCollection.Write(ExportFixture.Graph("staff"));
        var uuids = UuidField().Matches(text).Select(m => m.Groups[1].Value).ToList();

        Assert.All(uuids, u => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", u));
        Assert.Equal(uuids.Count, uuids.Distinct().Count());
        Assert.Equal(text, OscalMappingCollection.Write(ExportFixture.Graph("staff")));
    }

    [Fact]
    public void Version_5_uuids_agree_with_an_independent_implementation()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "http://python.org/")
        Assert.Equal("4c565f0d-3f5a-5890-b41b-20cf47701c5e", DeterministicUuid.For("http://python.org/"));
    }

    [GeneratedRegex("\"uuid\": \"([^\"]+)\"")]
    private static partial Regex UuidField();
}
