namespace RegKnowledge.Site.Markdown;

/// <summary>Which link targets authors may use in Markdown: https, mailto and page-relative paths. Everything else is dropped.</summary>
/// <remarks>Markdig passes javascript:, data: and vbscript: through even with raw HTML disabled, so the renderer decides, before the
/// sanitiser sees the HTML. Browsers ignore tabs, newlines and leading spaces in schemes, so those are removed before judging.</remarks>
internal static class LinkPolicy
{
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length == 0)
        {
            return false;
        }

        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (hasScheme)
        {
            var scheme = compact[..colon].ToLowerInvariant();
            return scheme is "https" or "mailto";
        }

        // Protocol-relative (//host) and backslash forms leave the site; root-absolute (/x) breaks under a path prefix.
        return !(compact.StartsWith('/') || compact.StartsWith('\\'));
    }
}
