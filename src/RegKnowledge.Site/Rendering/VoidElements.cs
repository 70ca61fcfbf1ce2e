using System.Text.RegularExpressions;

namespace RegKnowledge.Site.Rendering;

/// <summary>Writes HTML void elements the HTML way (<c>&lt;meta ...&gt;</c>), where the component renderer writes <c>&lt;meta ... /&gt;</c>.</summary>
/// <remarks>Safe as a text rewrite because the renderer encodes every attribute value, so no raw '&lt;' or '&gt;' occurs inside a tag.
/// SVG elements (path, rect) keep their self-closing form, which is correct for foreign content.</remarks>
internal static partial class VoidElements
{
    public static string Normalise(string html) => SelfClosingVoid().Replace(html, "<$1$2>");

    [GeneratedRegex(@"<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b([^<>]*?)\s*/>", RegexOptions.CultureInvariant)]
    private static partial Regex SelfClosingVoid();
}
