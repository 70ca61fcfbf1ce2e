using System.Text;

namespace RegKnowledge.Search.BrowserExport;

/// <summary>An index file as a classic script, <c>__regkSearchFile("t/0000.bin","base64 of the gzip'd bytes");</c>, for pages
/// opened from disk: Chromium refuses fetch() of file:// URLs but runs scripts, also under the site's CSP.</summary>
internal static class ScriptMirror
{
    /// <summary>Where the mirror of <paramref name="path"/> goes: js/ + path + .js.</summary>
    public static string PathOf(string path) => $"js/{path}.js";

    public static byte[] Of(string path, byte[] bytes) =>
        Encoding.ASCII.GetBytes($"__regkSearchFile(\"{path}\",\"{Convert.ToBase64String(bytes)}\");\n");
}
