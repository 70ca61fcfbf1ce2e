using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Workflow.Export;

/// <summary>The whole knowledge graph of one audience as JSON, with the same field names and values as the YAML content
/// (snake_case keys, kebab-case values) plus every item's effective TLP label. Described by <see cref="GraphJsonSchema"/>.</summary>
public static class GraphJson
{
    /// <summary>File name of the document; its schema is <see cref="GraphJsonSchema.FileName"/>.</summary>
    public const string FileName = "knowledge-graph.json";

    /// <summary>Version of the document's shape; raised on any incompatible change.</summary>
    public const int FormatVersion = 1;

    /// <summary>Serialises model objects as the YAML has them: no positions, no nulls.</summary>
    internal static readonly JsonSerializerOptions ModelOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropNonContent } },
    };

    /// <summary>Indented output that keeps non-ASCII text readable.</summary>
    internal static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The document as JSON text with a trailing newline.</summary>
    public static string Write(KnowledgeGraph graph) => Build(graph).ToJsonString(Output) + "\n";

    /// <summary>The document as a JSON tree.</summary>
    public static JsonObject Build(KnowledgeGraph graph)
    {
        var taxonomy = graph.Taxonomy;
        return new JsonObject
        {
            ["$schema"] = GraphJsonSchema.FileName,
            ["format"] = "regknowledge-graph",
            ["format_version"] = FormatVersion,
            ["consortium"] = graph.Site.Consortium,
            ["audience"] = new JsonObject { ["id"] = graph.Audience.Id, ["ceiling"] = Enum(graph.Audience.Ceiling) },
            ["content_date"] = graph.Clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["taxonomy"] = new JsonObject
            {
                ["topics"] = Array(taxonomy.Topics),
                ["regions"] = Array(taxonomy.Regions),
                ["stance_scale"] = Array(taxonomy.StanceScale),
                ["glossary"] = Array(taxonomy.Glossary),
            },
            ["governance"] = Array(graph.Governance, b => Labelled(b, b.Tlp ?? graph.Defaults.Governance)),
            ["jurisdictions"] = Array(graph.Jurisdictions, j =>
            {
                var node = Labelled(j, graph.LabelOf(j));
                var stances = new JsonArray();
                foreach (var stance in j.Stances) stances.Add(Labelled(stance, graph.LabelOf(j, stance)));
                node["stances"] = stances;
                return node;
            }),
            ["standards"] = Array(graph.Standards, s => Labelled(s, graph.LabelOf(s))),
            ["mappings"] = Array(graph.Mappings, m =>
            {
                var node = new JsonObject
                {
                    ["id"] = m.Id,
                    ["standard"] = m.Standard.Id,
                    ["standard_version"] = m.Set.StandardVersion,
                    ["jurisdiction"] = m.Jurisdiction.Id,
                };
                foreach (var (key, value) in Labelled(m.Mapping, m.Label).ToList())
                {
                    node[key] = value?.DeepClone();
                }

                return node;
            }),
            ["guidance"] = Array(graph.Guidance, g => Labelled(g, graph.LabelOf(g))),
            ["engagements"] = Array(graph.Engagements, e => Labelled(e, graph.LabelOf(e))),
        };
    }

    /// <summary>The object as JSON with "tlp" set to its effective label (the YAML may leave it to a default).</summary>
    private static JsonObject Labelled(ContentNode node, Tlp label)
    {
        var json = JsonSerializer.SerializeToNode(node, node.GetType(), ModelOptions)!.AsObject();
        json["tlp"] = Enum(label);
        return json;
    }

    private static JsonArray Array<T>(IEnumerable<T> items) where T : ContentNode =>
        Array(items, item => JsonSerializer.SerializeToNode(item, item.GetType(), ModelOptions)!);

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode> convert)
    {
        var array = new JsonArray();
        foreach (var item in items) array.Add(convert(item));
        return array;
    }

    private static string Enum(Enum value) => Content.Load.ModelShape.EnumText(value);

    /// <summary>Positions and other [NotContent] members are bookkeeping, not content.</summary>
    private static void DropNonContent(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].AttributeProvider is PropertyInfo property && property.GetCustomAttribute<NotContentAttribute>() is not null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
