using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace RegKnowledge.Site.Checking;

/// <summary>Checks every internal link and anchor of the generated files before anything is published; names the page a broken link is on.</summary>
internal static partial class LinkChecker
{
    /// <summary>Problems found, one sentence each, in page order; empty when every internal link resolves.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyDictionary<string, byte[]> files, IReadOnlyList<string> externallyProvided)
    {
        var pages = files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var texts = pages.ToDictionary(p => p, p => Encoding.UTF8.GetString(files[p]), StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string page) => ids.TryGetValue(page, out var set)
            ? set
            : ids[page] = IdAttribute().Matches(texts[page]).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var page in pages)
        {
            var html = texts[page];
            // A page with <base href> (404.html) resolves its links from the site root.
            var from = html.Contains("<base href=", StringComparison.Ordinal) ? "index.html" : page;
            foreach (Match match in LinkAttribute().Matches(html))
            {
                var value = WebUtility.HtmlDecode(match.Groups[2].Value);
                if (match.Groups[1].Value == "base" || IsExternal(value))
                {
                    continue;
                }

                var (target, fragment) = Resolve(from, value);
                if (target is null)
                {
                    problems.Add($"{page}: link '{value}' leaves the site root");
                }
                else if (externallyProvided.Any(prefix => target.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    continue;
                }
                else if (!files.ContainsKey(target))
                {
                    problems.Add($"{page}: broken link '{value}': {target} is not generated");
                }
                else if (fragment.Length > 0 && (!texts.ContainsKey(target) || !IdsOf(target).Contains(fragment)))
                {
                    problems.Add($"{page}: broken anchor '{value}': {target} has no id '{fragment}'");
                }
            }
        }

        return problems;
    }

    // The site's HTML comes from the component renderer, which always double-quotes and encodes attribute values,
    // so a pattern finds every link reliably and much faster than a full parse.
    [GeneratedRegex("<(\\w+)\\b[^<>]*?\\s(?:href|src|action)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("\\sid=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    /// <summary>Absolute URLs (https:, mailto:) are not the site's to check; scheme-less ones are.</summary>
    private static bool IsExternal(string value)
    {
        var colon = value.IndexOf(':');
        var slash = value.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    /// <summary>The file a page-relative link points at ("dir/" means "dir/index.html") and its fragment; null when it climbs above the root.</summary>
    internal static (string? Target, string Fragment) Resolve(string fromFile, string link)
    {
        var hash = link.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(link[(hash + 1)..]) : "";
        var path = hash >= 0 ? link[..hash] : link;
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        var segments = fromFile.Split('/').SkipLast(1).ToList();
        if (path.Length == 0)
        {
            return (fromFile, fragment);
        }

        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return (null, fragment);
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        var target = string.Join('/', segments);
        return (path.EndsWith('/') || target.Length == 0 ? (target.Length == 0 ? "index.html" : target + "/index.html") : target, fragment);
    }
}
