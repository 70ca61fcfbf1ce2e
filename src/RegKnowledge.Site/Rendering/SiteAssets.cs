using RegKnowledge.SiteTemplates.Layout;

namespace RegKnowledge.Site.Rendering;

/// <summary>The stylesheet and scripts shipped inside the templates assembly (resources named "assets/...").</summary>
internal static class SiteAssets
{
    public static IEnumerable<(string Path, byte[] Bytes)> All()
    {
        var assembly = typeof(ContentSecurityPolicy).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            // [search] The browser search client ships without its comments and indentation.
            yield return (name, name.StartsWith("assets/search/", StringComparison.Ordinal) && name.EndsWith(".js", StringComparison.Ordinal)
                ? ScriptCompactor.Compact(copy.ToArray()) : copy.ToArray());
        }
    }
}
