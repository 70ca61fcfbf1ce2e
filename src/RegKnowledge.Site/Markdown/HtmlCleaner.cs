using AngleSharp.Dom;
using Ganss.Xss;

namespace RegKnowledge.Site.Markdown;

/// <summary>The last gate for author HTML: a closed list of text elements, href with https/mailto/relative only,
/// no forms, no style, no classes, no data attributes, and no id except the heading ids the renderer assigned.</summary>
internal static class HtmlCleaner
{
    private static readonly string[] Tags =
    [
        "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong", "del", "code", "pre", "blockquote",
        "table", "thead", "tbody", "tr", "th", "td", "hr", "br",
    ];

    public static string Clean(string html, IReadOnlySet<string> headingIds)
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "id"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal),
            AllowDataAttributes = false,
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.FilterUrl += (_, e) =>
        {
            if (!LinkPolicy.IsAllowed(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element)
            {
                return;
            }

            // Ids come only from the heading numbering; anything else could clobber the page's own ids.
            if (element.HasAttribute("id") && !(IsHeading(element) && headingIds.Contains(element.GetAttribute("id")!)))
            {
                element.RemoveAttribute("id");
            }

            if (element.LocalName == "a")
            {
                var href = element.GetAttribute("href");
                if (href is null)
                {
                    return;
                }

                if (href.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
                {
                    element.SetAttribute("rel", "external noopener noreferrer");
                }
            }
        };
        return sanitizer.Sanitize(html);
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";
}
