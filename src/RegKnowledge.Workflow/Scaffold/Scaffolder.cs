using System.Text.RegularExpressions;
using RegKnowledge.Content.Load;
using RegKnowledge.Model;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Workflow.Scaffold;

/// <summary>The request cannot be scaffolded (unknown kind, bad id, file exists); the message says what to do instead.</summary>
public sealed class ScaffoldException(string message) : Exception(message);

/// <summary>A file written by <see cref="Scaffolder.Create"/>: its path relative to the content folder, and its text.</summary>
public sealed record ScaffoldResult(string RelativePath, string Text);

/// <summary><c>regk new</c>: writes a new content file with every field explained, that validates as written.</summary>
public static partial class Scaffolder
{
    /// <summary>The kinds that can be scaffolded.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["jurisdiction", "guidance", "engagement", "mapping", "standard"];

    /// <summary>Writes the scaffold of <paramref name="kind"/> <paramref name="id"/> under <paramref name="contentRoot"/>; never overwrites.</summary>
    public static ScaffoldResult Create(string contentRoot, string kind, string id, IClock clock)
    {
        var content = ContentLoader.Load(contentRoot).Content;
        var result = Render(content, kind, id, clock.Today);
        var path = Path.Combine(contentRoot, result.RelativePath);
        if (File.Exists(path))
        {
            throw new ScaffoldException($"{result.RelativePath} already exists; regk new never overwrites a file. Edit it, or pick another id");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(result.Text);
        }

        return result;
    }

    /// <summary>The scaffold's path and text, without touching the disk.</summary>
    public static ScaffoldResult Render(ContentSet content, string kind, string id, DateOnly today)
    {
        var contentKind = ContentKind.All.FirstOrDefault(k => k.Name == kind && Kinds.Contains(k.Name))
            ?? throw new ScaffoldException($"cannot scaffold '{kind}'; choose one of: {string.Join(", ", Kinds)}");
        if (!IdPattern().IsMatch(id) || id.Length > 100)
        {
            throw new ScaffoldException($"'{id}' is not a valid id: use lower-case letters and digits joined by '-' (e.g. {Example(kind)})");
        }

        var values = new ScaffoldValues(content, today);
        var fields = kind switch
        {
            "jurisdiction" => values.Jurisdiction(id),
            "standard" => values.Standard(id),
            "guidance" => values.Guidance(id),
            "engagement" => values.Engagement(id),
            _ => MappingFields(content, id, values),
        };

        var writer = new ScaffoldWriter(today);
        writer.Comment($"yaml-language-server: $schema=../schema/{contentKind.SchemaFile}");
        writer.Comment($"New {kind} '{id}', written by `regk new`. Replace every TODO, then run `regk validate`.");
        writer.Comment("Each field is explained above it. Optional fields are commented out: delete the leading '# ' to use one.");
        writer.Comment(kind == "guidance"
            ? "It starts as a draft, which only staff builds show."
            : "It starts labelled TLP:AMBER (staff only) so nothing half-written is published; see CONTRIBUTING.md.");
        writer.BlankLine();
        writer.Object(contentKind.ModelType, fields, indent: 0, commented: false, describe: true);
        return new ScaffoldResult($"{contentKind.Folder}/{id}.yaml", writer.ToString());
    }

    private static ScaffoldFields MappingFields(ContentSet content, string id, ScaffoldValues values)
    {
        var parts = id.Split("--");
        if (parts.Length != 2)
        {
            throw new ScaffoldException($"a mapping id is standard--jurisdiction, e.g. {Example("mapping")}");
        }

        var standard = content.Standards.FirstOrDefault(s => s.Id == parts[0])
            ?? throw new ScaffoldException($"unknown standard '{parts[0]}'; known: {Known(content.Standards.Select(s => s.Id))}");
        if (!content.Jurisdictions.Any(j => j.Id == parts[1]))
        {
            throw new ScaffoldException($"unknown jurisdiction '{parts[1]}'; known: {Known(content.Jurisdictions.Select(j => j.Id))}. Scaffold it first with: regk new jurisdiction {parts[1]}");
        }

        return values.Mapping(standard, parts[1]);
    }

    private static string Known(IEnumerable<string> ids)
    {
        var list = ids.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "(none yet)" : string.Join(", ", list);
    }

    private static string Example(string kind) => kind switch
    {
        "jurisdiction" => "sg, eu or us-ny",
        "mapping" => "trx--sg",
        "engagement" => "mas-consultation-2027",
        "standard" => "cks",
        _ => "travel-rule-basics",
    };

    // Mapping ids join two ids with "--"; the validator's id rule allows it, so one pattern serves every kind.
    [GeneratedRegex("^[a-z0-9]+(?:(?:-|--|\\.)[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
