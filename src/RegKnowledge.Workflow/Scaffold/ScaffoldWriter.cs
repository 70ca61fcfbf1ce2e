using System.Collections;
using System.Text;
using RegKnowledge.Content.Load;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Workflow.Scaffold;

/// <summary>A value to fill in, with the reason it is only a placeholder (written as a trailing <c># TODO:</c> comment).</summary>
internal sealed record Todo(object Value, string Note);

/// <summary>The values of one object to scaffold, by YAML key. Lists of objects are lists of <see cref="ScaffoldFields"/>.</summary>
internal sealed class ScaffoldFields : Dictionary<string, object?>
{
    public ScaffoldFields() : base(StringComparer.Ordinal)
    {
    }
}

/// <summary>Writes a content object as commented YAML, field by field in model order, through <see cref="ModelShape"/>:
/// each field preceded by its description; fields without a value are written commented out, with an example.</summary>
internal sealed class ScaffoldWriter(DateOnly today)
{
    private const int CommentWidth = 110;
    private readonly StringBuilder text = new();

    public override string ToString() => text.ToString();

    public void Comment(string line) => text.Append("# ").Append(line).Append('\n');

    public void BlankLine() => text.Append('\n');

    /// <summary>Writes the fields of <paramref name="type"/>; <paramref name="dash"/> starts a list item ("- ") at <paramref name="indent"/>.</summary>
    public void Object(Type type, ScaffoldFields values, int indent, bool commented, bool describe, bool dash = false)
    {
        var first = true;
        var keyIndent = dash ? indent + 2 : indent;
        var shapes = ModelShape.Of(type).ToList();
        if (dash && !commented && shapes.FirstOrDefault(s => values.ContainsKey(s.Key)) is { } lead)
        {
            // The dash must sit on a written field: a commented-out first field would take the dash into the comment.
            shapes.Remove(lead);
            shapes.Insert(0, lead);
        }

        foreach (var shape in shapes)
        {
            var has = values.TryGetValue(shape.Key, out var value);
            var fieldCommented = commented || !has;
            // The first key of a list item shares its line with the dash, so its description goes above the dash.
            var lineIndent = dash && first ? indent : keyIndent;
            var prefix = dash && first ? "- " : "";
            first = false;
            if (describe)
            {
                foreach (var line in Wrap(Description(shape), CommentWidth - lineIndent))
                {
                    Line(lineIndent, "# " + line, fieldCommented && commented);
                }
            }

            Field(shape, has ? value : Example(shape), lineIndent, prefix, keyIndent, fieldCommented, describe);
        }
    }

    private void Field(PropertyShape shape, object? value, int indent, string prefix, int keyIndent, bool commented, bool describe)
    {
        var note = "";
        if (value is Todo todo)
        {
            note = "  # TODO: " + todo.Note;
            value = todo.Value;
        }

        var key = prefix + shape.Key + ":";
        switch (value)
        {
            case IList<ScaffoldFields> items:
                Line(indent, key + note, commented);
                foreach (var item in items)
                {
                    Object(ElementType(shape.ValueType), item, keyIndent + 2, commented, describe && item == items[0], dash: true);
                }

                break;
            case IEnumerable list and not string:
                var flow = string.Join(", ", list.Cast<object>().Select(FlowItem));
                Line(indent, $"{key} [{flow}]{note}", commented);
                break;
            case string multiline when multiline.Contains('\n', StringComparison.Ordinal):
                Line(indent, key + " |" + note, commented);
                foreach (var line in multiline.TrimEnd('\n').Split('\n'))
                {
                    Line(keyIndent + 2, line, commented);
                }

                break;
            default:
                Line(indent, $"{key} {YamlText.Scalar(value!)}{note}", commented);
                break;
        }
    }

    private void Line(int indent, string content, bool commented)
    {
        // Commented lines keep "# " in column 0 so that deleting it (or VS Code's toggle-comment) restores the exact YAML.
        var line = (commented ? "# " : "") + new string(' ', indent) + content;
        text.Append(line.TrimEnd()).Append('\n');
    }

    private static string FlowItem(object item) =>
        item is string s && s.IndexOfAny([',', '[', ']', '{', '}']) >= 0 ? YamlText.Quoted(s) : YamlText.Scalar(item);

    /// <summary>An example for a field left out: something that shows the expected form, never a plausible fact.</summary>
    private object Example(PropertyShape shape)
    {
        var type = Nullable.GetUnderlyingType(shape.ValueType) ?? shape.ValueType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var element = type.GetGenericArguments()[0];
            return typeof(ContentNode).IsAssignableFrom(element)
                ? new List<ScaffoldFields> { new() }
                : new List<object> { shape.References is { } kind ? $"<{kind} id>" : "<text>" };
        }

        if (type == typeof(DateOnly)) return today;
        if (type == typeof(Tlp)) return Tlp.Amber;
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0)!;
        if (type == typeof(int)) return 0;
        if (type == typeof(bool)) return false;
        if (shape.References is { } reference) return $"<{reference} id>";
        return shape.Key.EndsWith("url", StringComparison.Ordinal) || shape.Key == "contact" ? "https://…" : "<text>";
    }

    /// <summary>The field's description and what it accepts: "(required; date, YYYY-MM-DD)".</summary>
    internal static string Description(PropertyShape shape)
    {
        var text = (shape.Description ?? ModelDocs.Of(shape.Property) ?? "").Replace('`', '\'').TrimEnd('.');
        var type = Nullable.GetUnderlyingType(shape.ValueType) ?? shape.ValueType;
        var isList = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);
        var element = isList ? type.GetGenericArguments()[0] : type;
        var accepts = element switch
        {
            _ when element == typeof(Tlp) => "a TLP label: " + string.Join(", ", ModelShape.EnumTexts(element)),
            _ when element.IsEnum => "one of: " + string.Join(", ", ModelShape.EnumTexts(element)),
            _ when element == typeof(DateOnly) => "a date, YYYY-MM-DD",
            _ when element == typeof(int) => "a whole number",
            _ when element == typeof(bool) => "true or false",
            _ when shape.References is { } kind => $"{kind} id{(isList ? "s" : "")}",
            _ when shape.Markdown => "Markdown",
            _ => null,
        };
        var parts = new List<string> { shape.Required ? "required" : "optional" };
        if (isList && !typeof(ContentNode).IsAssignableFrom(element)) parts.Add("a list");
        if (accepts is not null) parts.Add(accepts);
        if (shape.MaxLength is { } max) parts.Add($"at most {max:N0} characters");
        return $"{text}. ({string.Join("; ", parts)})".TrimStart('.', ' ');
    }

    private static Type ElementType(Type listType) =>
        (Nullable.GetUnderlyingType(listType) ?? listType).GetGenericArguments()[0];

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Math.Max(40, width))
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }

        if (line.Length > 0) yield return line.ToString();
    }
}
