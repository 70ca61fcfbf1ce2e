namespace RegKnowledge.SiteTemplates.ViewModels;

/// <summary>Everything the page shell needs: title, navigation, breadcrumbs, review and edit lines, audience and label footer.</summary>
public sealed record PageFrame
{
    /// <summary>Page title (h1 and &lt;title&gt;).</summary>
    public required string Title { get; init; }
    /// <summary>One sentence for the description meta tag.</summary>
    public string? Description { get; init; }
    /// <summary>Consortium name.</summary>
    public required string SiteName { get; init; }
    /// <summary>Consortium short name.</summary>
    public required string ShortName { get; init; }
    /// <summary>Link to the home page.</summary>
    public required string HomeHref { get; init; }
    /// <summary>Stylesheet href.</summary>
    public required string StylesheetHref { get; init; }
    /// <summary>Site icon href.</summary>
    public required string IconHref { get; init; }
    /// <summary>Deferred classic scripts for this page (no inline script anywhere).</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];
    /// <summary>Search page href (form action of the header search box).</summary>
    public required string SearchHref { get; init; }
    /// <summary>Atom feed href.</summary>
    public required string FeedHref { get; init; }
    /// <summary>Main navigation; the current section is marked.</summary>
    public required IReadOnlyList<NavItem> Navigation { get; init; }
    /// <summary>Trail from home to the parent of this page.</summary>
    public IReadOnlyList<Link> Breadcrumbs { get; init; } = [];
    /// <summary>Latest review date of what the page shows.</summary>
    public DateText? LastReviewed { get; init; }
    /// <summary>"Edit this on GitHub" link to the YAML source, when the page has one.</summary>
    public string? EditHref { get; init; }
    /// <summary>Audience id the site was built for.</summary>
    public required string Audience { get; init; }
    /// <summary>Audience description.</summary>
    public required string AudienceDescription { get; init; }
    /// <summary>Most restrictive label the audience may see, e.g. TLP:GREEN.</summary>
    public required Badge Ceiling { get; init; }
    /// <summary>Most restrictive label of the content on this page.</summary>
    public required Badge PageLabel { get; init; }
    /// <summary>Asks search engines not to index (every audience but the public one).</summary>
    public bool NoIndex { get; init; }
    /// <summary>Absolute path prefix for pages served at arbitrary URLs (404.html); null elsewhere.</summary>
    public string? BaseHref { get; init; }
}

/// <summary>An entry of the main navigation.</summary>
public sealed record NavItem(string Href, string Text, bool Current);
