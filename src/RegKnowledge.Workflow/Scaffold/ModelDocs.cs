using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace RegKnowledge.Workflow.Scaffold;

/// <summary>The one-line <c>&lt;summary&gt;</c> of each model property, read from the model's XML documentation file.</summary>
/// <remarks>The model documents every field in its XML comments; only a few also carry a [Description]. Reading the
/// compiler's XML output lets every scaffolded field be explained without a second copy of the text that could drift.</remarks>
internal static partial class ModelDocs
{
    private static readonly Lazy<Dictionary<string, string>> Summaries = new(Load);

    /// <summary>The summary of <paramref name="property"/>, or null when the documentation file is not deployed.</summary>
    public static string? Of(PropertyInfo property) =>
        Summaries.Value.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}");

    private static Dictionary<string, string> Load()
    {
        var assembly = typeof(Model.ContentSet).Assembly;
        var file = Path.ChangeExtension(assembly.Location, ".xml");
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(assembly.Location) || !File.Exists(file))
        {
            return summaries;
        }

        foreach (var member in XDocument.Load(file).Descendants("member"))
        {
            if (member.Attribute("name")?.Value is { } name && member.Element("summary") is { } summary)
            {
                summaries[name] = Flatten(summary);
            }
        }

        return summaries;
    }

    /// <summary>Inner text with <c>&lt;see cref&gt;</c> reduced to its last name and whitespace collapsed.</summary>
    private static string Flatten(XElement summary)
    {
        foreach (var see in summary.Descendants("see").ToList())
        {
            var target = see.Attribute("cref")?.Value ?? see.Attribute("langword")?.Value ?? "";
            see.ReplaceWith(target[(target.LastIndexOf('.') + 1)..]);
        }

        return Whitespace().Replace(summary.Value, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
