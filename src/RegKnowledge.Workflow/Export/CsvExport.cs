using System.Globalization;
using System.Text;

namespace RegKnowledge.Workflow.Export;

/// <summary>Writes tables as CSV: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so Excel reads accents right,
/// and cells that a spreadsheet would run as a formula prefixed with an apostrophe.</summary>
public static class CsvExport
{
    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/>.</summary>
    public static void Write(ExportTable table, string path) => File.WriteAllText(path, ToText(table), Utf8WithBom);

    /// <summary>The CSV text (without byte-order mark).</summary>
    public static string ToText(ExportTable table)
    {
        var text = new StringBuilder();
        AppendRow(text, table.Header);
        foreach (var row in table.Rows)
        {
            AppendRow(text, row);
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IEnumerable<object?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) text.Append(',');
            first = false;
            text.Append(Field(cell));
        }

        text.Append("\r\n");
    }

    /// <summary>One field: formula-safe, then quoted when it holds a comma, quote or line break.</summary>
    internal static string Field(object? cell)
    {
        var value = cell switch
        {
            null => "",
            int number => number.ToString(CultureInfo.InvariantCulture),
            string text => Defuse(text),
            _ => Defuse(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? ""),
        };
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>OWASP's CSV-injection rule: text starting with = + - @ (or tab, CR) would be run by a spreadsheet as a formula.</summary>
    internal static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
