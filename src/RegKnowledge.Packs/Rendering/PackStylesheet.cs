using System.Security.Cryptography;
using System.Text;
using RegKnowledge.SiteTemplates.Packs;

namespace RegKnowledge.Packs.Rendering;

/// <summary>The print stylesheet shipped in the templates assembly (resource "packs/pack.css") and the CSP source that allows exactly it.</summary>
internal static class PackStylesheet
{
    private static readonly Lazy<(string Css, string Hash)> Loaded = new(Load);

    public static string Css => Loaded.Value.Css;

    /// <summary>"sha256-…" of the stylesheet as inlined, for the pack's Content-Security-Policy.</summary>
    public static string CspHash => Loaded.Value.Hash;

    private static (string, string) Load()
    {
        using var stream = typeof(PackDocument).Assembly.GetManifestResourceStream("packs/pack.css")
            ?? throw new InvalidOperationException("the templates assembly has no packs/pack.css resource");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var css = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        return (css, "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css))));
    }
}
