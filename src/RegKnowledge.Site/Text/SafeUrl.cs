namespace RegKnowledge.Site.Text;

/// <summary>Decides which outside addresses from content may become links: absolute https only.</summary>
/// <remarks>Validation already requires https, but the site must not rely on it: a URL that is not plainly https is shown as text.</remarks>
internal static class SafeUrl
{
    public static string? Https(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 ? url : null;
    }
}
