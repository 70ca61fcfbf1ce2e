using System.Globalization;
using System.Text.Json.Nodes;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Load;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Model.Mappings;
using RegKnowledge.Model.Standards;

namespace RegKnowledge.Workflow.Export;

/// <summary>The mappings as an OSCAL 1.2 <c>mapping-collection</c> (the Control Mapping model, NIST IR 8477 relationships).</summary>
/// <remarks>One OSCAL <c>mapping</c> per standard × jurisdiction: the source resource is the consortium standard (its clauses are the
/// controls), the target resource is the jurisdiction's body of instruments (each instrument a target, its provision a property).
/// A clause with no local counterpart and no instrument is a map to the jurisdiction itself with relationship no-relationship,
/// and is also listed in the mapping's source gap summary. Our extra facts (alignment, strength, confidence, TLP label) are
/// properties in our own namespace. UUIDs are name-based (v5) from the site URL and ids, so they are stable across exports.</remarks>
public static class OscalMappingCollection
{
    /// <summary>File name of the document.</summary>
    public const string FileName = "oscal-mapping-collection.json";

    /// <summary>Namespace of our properties.</summary>
    public const string PropertyNamespace = "https://regknowledge.example.org/ns/oscal";

    public const string OscalVersion = "1.2.0";

    /// <summary>The document as JSON text with a trailing newline.</summary>
    public static string Write(KnowledgeGraph graph) => Build(graph).ToJsonString(GraphJson.Output) + "\n";

    public static JsonObject Build(KnowledgeGraph graph)
    {
        var baseUrl = graph.Site.BaseUrl.TrimEnd('/');
        string Uuid(string kind, string id) => DeterministicUuid.For($"{baseUrl}/oscal/{kind}/{id}");
        var date = graph.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var highest = graph.Mappings.Select(m => m.Label).DefaultIfEmpty(Tlp.Clear).Max();

        var mappings = new JsonArray();
        var resources = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var group in graph.Mappings.GroupBy(m => (Standard: m.Standard.Id, Jurisdiction: m.Jurisdiction.Id)).OrderBy(g => g.Key.Standard, StringComparer.Ordinal).ThenBy(g => g.Key.Jurisdiction, StringComparer.Ordinal))
        {
            var standard = graph.StandardById[group.Key.Standard];
            var jurisdiction = graph.JurisdictionById[group.Key.Jurisdiction];
            resources[$"standard/{standard.Id}"] = StandardResource(standard, Uuid("standard", standard.Id), baseUrl);
            resources[$"jurisdiction/{jurisdiction.Id}"] = JurisdictionResource(jurisdiction, Uuid("jurisdiction", jurisdiction.Id), baseUrl);

            var maps = new JsonArray();
            foreach (var mapping in group) maps.Add(Map(mapping, Uuid("map", mapping.Id)));
            var entry = new JsonObject
            {
                ["uuid"] = Uuid("mapping", $"{standard.Id}--{jurisdiction.Id}"),
                ["source-resource"] = new JsonObject { ["type"] = "catalog", ["href"] = "#" + Uuid("standard", standard.Id) },
                ["target-resource"] = new JsonObject { ["type"] = "catalog", ["href"] = "#" + Uuid("jurisdiction", jurisdiction.Id) },
                ["maps"] = maps,
            };
            var unmapped = group.Where(m => m.Mapping.Relationship == Model.Mappings.Relationship.NoRelationship && m.Mapping.Instrument is null)
                .Select(m => m.Clause.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            if (unmapped.Count > 0)
            {
                entry["source-gap-summary"] = new JsonObject
                {
                    ["uuid"] = Uuid("gap", $"{standard.Id}--{jurisdiction.Id}"),
                    ["unmapped-controls"] = new JsonArray(new JsonObject { ["with-ids"] = new JsonArray([.. unmapped.Select(id => (JsonNode)id)]) }),
                };
            }

            mappings.Add(entry);
        }

        var collection = new JsonObject
        {
            ["uuid"] = Uuid("collection", $"{graph.Audience.Id}/{date}"),
            ["metadata"] = new JsonObject
            {
                ["title"] = $"{graph.Site.ShortName} standards mapped to local rules ({graph.Audience.Id})",
                ["last-modified"] = date + "T00:00:00Z",
                ["version"] = date,
                ["oscal-version"] = OscalVersion,
                ["props"] = new JsonArray(new JsonObject { ["name"] = "marking", ["value"] = TlpText.Label(highest) }),
                ["parties"] = new JsonArray(new JsonObject { ["uuid"] = Uuid("party", "consortium"), ["type"] = "organization", ["name"] = graph.Site.Consortium }),
            },
            ["provenance"] = new JsonObject
            {
                ["method"] = "human",
                ["matching-rationale"] = "semantic",
                ["status"] = "complete",
                ["mapping-description"] = $"Each clause of the {graph.Site.ShortName} standards compared with local instruments by the owning working group "
                    + "(NIST IR 8477 set-theory relationships); each map states its own rationale, basis, strength and confidence.",
            },
            ["mappings"] = mappings,
            ["back-matter"] = new JsonObject { ["resources"] = new JsonArray([.. resources.Values]) },
        };
        return new JsonObject { ["mapping-collection"] = collection };
    }

    private static JsonObject Map(ResolvedMapping resolved, string uuid)
    {
        var mapping = resolved.Mapping;
        var target = new JsonObject { ["type"] = "control", ["id-ref"] = mapping.Instrument ?? resolved.Jurisdiction.Id };
        if (mapping.Provision is { } provision)
        {
            target["props"] = new JsonArray(Prop("provision", provision));
        }

        var props = new JsonArray(
            Prop("mapping-id", resolved.Id),
            Prop("alignment", ModelShape.EnumText(mapping.Alignment)),
            Prop("strength", mapping.Strength.ToString(CultureInfo.InvariantCulture)),
            Prop("confidence", ModelShape.EnumText(mapping.Confidence)),
            Prop("reviewer", mapping.Reviewer),
            Prop("reviewed-on", mapping.ReviewedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Prop("marking", TlpText.Label(resolved.Label)));
        return new JsonObject
        {
            ["uuid"] = uuid,
            ["relationship"] = OscalRelationship(mapping),
            ["matching-rationale"] = ModelShape.EnumText(mapping.Basis),
            ["sources"] = new JsonArray(new JsonObject { ["type"] = "control", ["id-ref"] = resolved.Clause.Id }),
            ["targets"] = new JsonArray(target),
            ["props"] = props,
            ["remarks"] = mapping.Rationale,
        };
    }

    /// <summary>NIST IR 8477 "equal" on wording is OSCAL equal-to; judged on meaning or effect it is equivalent-to.</summary>
    internal static string OscalRelationship(Mapping mapping) => mapping.Relationship switch
    {
        Model.Mappings.Relationship.Equal => mapping.Basis == MappingBasis.Syntactic ? "equal-to" : "equivalent-to",
        Model.Mappings.Relationship.SubsetOf => "subset-of",
        Model.Mappings.Relationship.SupersetOf => "superset-of",
        Model.Mappings.Relationship.IntersectsWith => "intersects-with",
        _ => "no-relationship",
    };

    private static JsonObject Prop(string name, string value) => new() { ["name"] = name, ["ns"] = PropertyNamespace, ["value"] = value };

    private static JsonObject StandardResource(Standard standard, string uuid, string baseUrl) => new()
    {
        ["uuid"] = uuid,
        ["title"] = $"{standard.Title}, version {standard.Version}",
        ["props"] = new JsonArray(new JsonObject { ["name"] = "version", ["value"] = standard.Version }),
        ["rlinks"] = new JsonArray(new JsonObject { ["href"] = $"{baseUrl}/{SiteUrls.Standard(standard.Id)}" }),
    };

    private static JsonObject JurisdictionResource(Jurisdiction jurisdiction, string uuid, string baseUrl)
    {
        var links = new JsonArray(new JsonObject { ["href"] = $"{baseUrl}/{SiteUrls.Jurisdiction(jurisdiction.Id)}" });
        foreach (var instrument in jurisdiction.Instruments.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            links.Add(new JsonObject { ["href"] = instrument.Url });
        }

        return new JsonObject
        {
            ["uuid"] = uuid,
            ["title"] = $"{jurisdiction.Name}: laws, regulations and official guidance on crypto-assets",
            ["rlinks"] = links,
        };
    }
}
