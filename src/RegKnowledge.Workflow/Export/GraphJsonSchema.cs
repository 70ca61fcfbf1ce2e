using System.Text.Json.Nodes;
using RegKnowledge.Content.Load;
using RegKnowledge.Content.Schema;

namespace RegKnowledge.Workflow.Export;

/// <summary>JSON Schema (draft 2020-12) of <see cref="GraphJson"/>'s document. Item definitions are taken from the content
/// schemas <see cref="JsonSchemaGenerator"/> makes from the model, so the export cannot drift from the YAML it comes from.</summary>
public static class GraphJsonSchema
{
    /// <summary>File name of the schema, written beside the document.</summary>
    public const string FileName = "knowledge-graph.schema.json";

    /// <summary>The schema as indented JSON with a trailing newline.</summary>
    public static string Write() => Build().ToJsonString(GraphJson.Output) + "\n";

    public static JsonObject Build()
    {
        var defs = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var kind in ContentKind.All)
        {
            var schema = JsonNode.Parse(JsonSchemaGenerator.Generate(kind))!.AsObject();
            if (schema["$defs"] is JsonObject nested)
            {
                foreach (var (name, definition) in nested) defs[name] = definition!.DeepClone();
            }

            foreach (var key in new[] { "$schema", "$id", "title", "$defs" }) schema.Remove(key);
            defs[kind.ModelType.Name] = schema;
        }

        // A mapping in the export carries its file's standard, version and jurisdiction, and always has its id.
        var mapping = defs["Mapping"].DeepClone().AsObject();
        mapping["properties"]!["standard"] = Text();
        mapping["properties"]!["standard_version"] = Text();
        mapping["properties"]!["jurisdiction"] = Text();
        mapping["required"] = new JsonArray([.. mapping["required"]!.AsArray().Select(r => r!.DeepClone()), "id", "standard", "standard_version", "jurisdiction", "tlp"]);
        defs["ExportedMapping"] = mapping;

        var definitions = new JsonObject();
        foreach (var (name, definition) in defs) definitions[name] = definition;
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://regknowledge.example.org/schema/" + FileName,
            ["title"] = "RegKnowledge knowledge graph export (one audience)",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("format", "format_version", "consortium", "audience", "content_date", "taxonomy", "governance",
                "jurisdictions", "standards", "mappings", "guidance", "engagements"),
            ["properties"] = new JsonObject
            {
                ["$schema"] = Text(),
                ["format"] = new JsonObject { ["const"] = "regknowledge-graph" },
                ["format_version"] = new JsonObject { ["const"] = GraphJson.FormatVersion },
                ["consortium"] = Text(),
                ["audience"] = new JsonObject
                {
                    ["type"] = "object",
                    ["additionalProperties"] = false,
                    ["required"] = new JsonArray("id", "ceiling"),
                    ["properties"] = new JsonObject { ["id"] = Text(), ["ceiling"] = defs["Audience"]["properties"]!["ceiling"]!.DeepClone() },
                },
                ["content_date"] = new JsonObject { ["type"] = "string", ["format"] = "date" },
                ["taxonomy"] = new JsonObject
                {
                    ["type"] = "object",
                    ["additionalProperties"] = false,
                    ["properties"] = new JsonObject
                    {
                        ["topics"] = ArrayOf("Topic"),
                        ["regions"] = ArrayOf("Region"),
                        ["stance_scale"] = ArrayOf("StanceLevel"),
                        ["glossary"] = ArrayOf("GlossaryEntry"),
                    },
                },
                ["governance"] = ArrayOf("GoverningBody", labelled: true),
                ["jurisdictions"] = ArrayOf("Jurisdiction", labelled: true),
                ["standards"] = ArrayOf("Standard", labelled: true),
                ["mappings"] = ArrayOf("ExportedMapping"),
                ["guidance"] = ArrayOf("GuidanceArticle", labelled: true),
                ["engagements"] = ArrayOf("Engagement", labelled: true),
            },
            ["$defs"] = definitions,
        };
    }

    private static JsonObject Text() => new() { ["type"] = "string", ["minLength"] = 1 };

    /// <summary>An array of a definition; <paramref name="labelled"/> items always state their effective label.</summary>
    private static JsonObject ArrayOf(string definition, bool labelled = false)
    {
        JsonNode item = new JsonObject { ["$ref"] = $"#/$defs/{definition}" };
        if (labelled)
        {
            item = new JsonObject { ["allOf"] = new JsonArray(item, new JsonObject { ["required"] = new JsonArray("tlp") }) };
        }

        return new JsonObject { ["type"] = "array", ["items"] = item };
    }
}
