using System.Text.Json;
using System.Text.Json.Nodes;
using RegKnowledge.Content.Load;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Content.Schema;

/// <summary>Generates a JSON Schema (draft 2020-12) per content kind from the C# model, through the same <see cref="ModelShape"/>
/// the loader uses, so the schema editors see and the rules the loader applies come from one source.</summary>
/// <remarks>NJsonSchema would need its own naming and attribute configuration to match our snake_case keys, kebab-case enums and
/// text limits; walking our own shape is shorter and cannot drift from the loader.</remarks>
public static class JsonSchemaGenerator
{
    private const string BaseId = "https://regknowledge.example.org/schema/";

    /// <summary>The schema of <paramref name="kind"/>, as indented JSON with a trailing newline.</summary>
    public static string Generate(ContentKind kind)
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var root = ObjectSchema(kind.ModelType, definitions);
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$id"] = BaseId + kind.SchemaFile;
        root["title"] = $"RegKnowledge {kind.Name} file ({kind.Folder}/{kind.SingleFile ?? "<id>.yaml"})";
        if (definitions.Count > 0)
        {
            var defs = new JsonObject();
            foreach (var (name, schema) in definitions) defs[name] = schema;
            root["$defs"] = defs;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject ObjectSchema(Type type, SortedDictionary<string, JsonNode> definitions)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var shape in ModelShape.Of(type))
        {
            var schema = ValueSchema(shape.ValueType, shape, definitions);
            if (shape.Description is { } description) schema["description"] = description;
            if (shape.References is { } references) schema["x-references"] = references;
            properties[shape.Key] = schema;
            if (shape.Required) required.Add(shape.Key);
        }

        var result = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
        if (required.Count > 0) result["required"] = required;
        return result;
    }

    private static JsonObject ValueSchema(Type type, PropertyShape shape, SortedDictionary<string, JsonNode> definitions)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            return new JsonObject { ["type"] = "array", ["items"] = ValueSchema(underlying.GetGenericArguments()[0], shape, definitions) };
        }

        if (typeof(ContentNode).IsAssignableFrom(underlying))
        {
            var name = underlying.Name;
            if (!definitions.ContainsKey(name))
            {
                definitions[name] = new JsonObject();
                definitions[name] = ObjectSchema(underlying, definitions);
            }

            return new JsonObject { ["$ref"] = $"#/$defs/{name}" };
        }

        if (underlying == typeof(string))
        {
            var text = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = shape.MaxLength ?? LoadLimits.Default.MaxTextLength };
            if (shape.Markdown) text["contentMediaType"] = "text/markdown";
            return text;
        }

        if (underlying == typeof(int)) return new JsonObject { ["type"] = "integer" };
        if (underlying == typeof(bool)) return new JsonObject { ["type"] = "boolean" };
        if (underlying == typeof(DateOnly)) return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^\\d{4}-\\d{2}-\\d{2}$" };
        if (underlying.IsEnum)
        {
            var values = new JsonArray();
            foreach (var text in ModelShape.EnumTexts(underlying)) values.Add(text);
            return new JsonObject { ["enum"] = values };
        }

        throw new InvalidOperationException($"No schema for {underlying.Name}.");
    }
}
