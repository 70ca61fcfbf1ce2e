using System.Text;

namespace RegKnowledge.Site.Rendering;

/// <summary>Shrinks the browser search client's scripts for the built site without changing what they do: drops lines that
/// are only a comment (// or a /* … */ block that starts a line), leading indentation and blank lines. Line breaks stay,
/// so automatic semicolon insertion sees the same code.</summary>
/// <remarks>Safe for scripts with no template literal or string that spans lines, which the client's style keeps (checked by
/// the browser tests, which run the compacted scripts). Cuts about a quarter of the bytes a page without gzip fetches.</remarks>
internal static class ScriptCompactor
{
    public static byte[] Compact(byte[] script)
    {
        var text = Encoding.UTF8.GetString(script);
        var output = new StringBuilder(text.Length);
        var inBlockComment = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (inBlockComment)
            {
                inBlockComment = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }

            if (line.StartsWith("/*", StringComparison.Ordinal))
            {
                inBlockComment = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }

            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            output.Append(line).Append('\n');
        }

        return Encoding.UTF8.GetBytes(output.ToString());
    }
}
