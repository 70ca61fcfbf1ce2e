namespace RegKnowledge.SiteTemplates.Layout;

/// <summary>The policy every page declares first in its head: only the site's own files, no inline script or style, no plugins.</summary>
public static class ContentSecurityPolicy
{
    /// <summary>The policy text.</summary>
    public const string Value =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'";
}
