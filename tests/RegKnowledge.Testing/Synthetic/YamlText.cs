using System.Globalization;
using System.Text;

namespace RegKnowledge.Testing.Synthetic;

/// <summary>Writes the YAML subset content files use: keys with plain ids, numbers, dates and enums, double-quoted text,
/// flow lists of ids, block lists of mappings and literal block scalars. Always '\n' line ends, culture-free.</summary>
internal sealed class YamlText
{
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    };

    private readonly StringBuilder builder = new();

    /// <summary>A first-line schema hint, as the starter's files have.</summary>
    public YamlText Schema(string kind) => Raw($"# yaml-language-server: $schema=../schema/{kind}.schema.json");

    /// <summary>A line as given, at <paramref name="indent"/> spaces.</summary>
    public YamlText Raw(string line, int indent = 0)
    {
        builder.Append(' ', indent).Append(line).Append('\n');
        return this;
    }

    /// <summary><c>key: value</c> with the value written plain when it is safe, else double-quoted.</summary>
    public YamlText Plain(string key, string value, int indent = 0, bool item = false) => Key(key, indent, item).Scalar(value);

    /// <summary><c>key: "text"</c>.</summary>
    public YamlText Text(string key, string value, int indent = 0, bool item = false) => Key(key, indent, item).Quoted(value);

    /// <summary><c>key: 2026-01-31</c>.</summary>
    public YamlText Date(string key, DateOnly value, int indent = 0, bool item = false) =>
        Key(key, indent, item).Line(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary><c>key: 7</c>.</summary>
    public YamlText Number(string key, int value, int indent = 0, bool item = false) =>
        Key(key, indent, item).Line(value.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>key: true</c>.</summary>
    public YamlText Flag(string key, bool value, int indent = 0) => Key(key, indent, false).Line(value ? "true" : "false");

    /// <summary><c>key: [a, b]</c>; ids only.</summary>
    public YamlText Ids(string key, IEnumerable<string> ids, int indent = 0) =>
        Key(key, indent, false).Line("[" + string.Join(", ", ids.Select(Safe)) + "]");

    /// <summary><c>key:</c> opening a block list or mapping below.</summary>
    public YamlText Open(string key, int indent = 0) => Raw(key + ":", indent);

    /// <summary><c>key: |</c> followed by <paramref name="text"/> indented two further spaces (blank lines stay empty).</summary>
    public YamlText Block(string key, string text, int indent = 0)
    {
        Key(key, indent, false).Line("|");
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.Length == 0)
            {
                builder.Append('\n');
                continue;
            }

            builder.Append(' ', indent + 2).Append(line).Append('\n');
        }

        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => builder.ToString();

    private YamlText Key(string key, int indent, bool item)
    {
        builder.Append(' ', item ? indent - 2 : indent).Append(item ? "- " : "").Append(key).Append(": ");
        return this;
    }

    private YamlText Scalar(string value) => Line(Safe(value));

    private YamlText Quoted(string value) => Line(Quote(value));

    private YamlText Line(string text)
    {
        builder.Append(text).Append('\n');
        return this;
    }

    private static string Safe(string value) =>
        value.Length > 0 && char.IsAsciiLetterOrDigit(value[0]) && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '/' or '_' or (':' and not ' '))
            && !Ambiguous.Contains(value)
            ? value
            : Quote(value);

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
