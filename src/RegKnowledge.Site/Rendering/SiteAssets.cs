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
            // [search] The browser search's loader scripts ship without their comments and indentation; its bundles come minified.
            var compact = name.StartsWith("assets/search/", StringComparison.Ordinal) && name.EndsWith(".js", StringComparison.Ordinal)
                && !name.EndsWith(".bundle.js", StringComparison.Ordinal);
            yield return (name, compact ? ScriptCompactor.Compact(copy.ToArray()) : copy.ToArray());
        }
    }
}
