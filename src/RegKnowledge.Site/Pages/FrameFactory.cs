using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Site.Text;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>Builds the shell of a page: navigation, breadcrumbs, review line, edit link, audience and label footer.</summary>
internal sealed class FrameFactory(SiteContext site)
{
    private static readonly (string Url, string Text)[] Sections =
    [
        (SiteUrls.Home, "Home"),
        (SiteUrls.Matrix, "Stance matrix"),
        (SiteUrls.Map, "Map"),
        (SiteUrls.Compare, "Compare"),
        (SiteUrls.JurisdictionIndex, "Jurisdictions"),
        (SiteUrls.TopicIndex, "Topics"),
        (SiteUrls.StandardIndex, "Standards"),
        (SiteUrls.Compliance, "Compliance"),
        (SiteUrls.GuidanceIndex, "Guidance"),
        (SiteUrls.EngagementIndex, "Engagements"),
        (SiteUrls.GovernanceIndex, "Working groups"),
    ];

    /// <summary>A frame for the page at <paramref name="url"/>.</summary>
    public PageFrame Create(string url, string title, Tlp label, IEnumerable<(string Url, string Text)> crumbs,
        DateOnly? lastReviewed, string? sourceFile, string? description = null, IReadOnlyList<string>? scripts = null, bool servedAnywhere = false)
    {
        var graph = site.Graph;
        // 404.html is served at whatever address was missing: its links are written from the root and a <base> points there.
        var links = new PageLinks(servedAnywhere ? "" : url);
        return new PageFrame
        {
            Title = title,
            Description = description,
            SiteName = graph.Site.Consortium,
            ShortName = graph.Site.ShortName,
            HomeHref = links.To(SiteUrls.Home),
            StylesheetHref = links.To("assets/site.css"),
            IconHref = links.To("assets/favicon.svg"),
            // [search] landing.js on every page: "/" focuses the search box; ?hl= marks a search's words on the page it led to.
            Scripts = [.. (scripts ?? []).Select(s => links.To("assets/" + s)), links.To("assets/search/landing.js")],
            SearchHref = links.To(SiteUrls.Search),
            FeedHref = links.To(SiteUrls.Feed),
            Navigation = Sections.Select(s => new NavItem(links.To(s.Url), s.Text, IsCurrent(url, s.Url))).ToList(),
            Breadcrumbs = url.Length == 0 ? [] : [links.Link(SiteUrls.Home, "Home"), .. crumbs.Select(c => links.Link(c.Url, c.Text))],
            LastReviewed = Display.Date(lastReviewed),
            EditHref = sourceFile is null ? null : EditLink(sourceFile),
            Audience = graph.Audience.Id,
            AudienceDescription = graph.Audience.Description,
            Ceiling = SiteContext.TlpBadge(graph.Audience.Ceiling),
            PageLabel = SiteContext.TlpBadge(label),
            NoIndex = graph.Audience.Ceiling > Tlp.Clear,
            BaseHref = servedAnywhere ? BasePath() : null,
        };
    }

    /// <summary>The latest of some dates, or null.</summary>
    public static DateOnly? Latest(IEnumerable<DateOnly?> dates) => dates.Where(d => d is not null).Max();

    private static bool IsCurrent(string page, string section) =>
        section.Length == 0 ? page.Length == 0 : page.StartsWith(section, StringComparison.Ordinal);

    /// <summary>"Edit this on GitHub": repository + /edit/ + branch + /content/ + the YAML file.</summary>
    private string? EditLink(string file)
    {
        var repository = SafeUrl.Https(site.Graph.Site.RepositoryUrl);
        if (repository is null)
        {
            return null;
        }

        var path = string.Join('/', file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
        return $"{repository.TrimEnd('/')}/edit/{Uri.EscapeDataString(site.Graph.Site.EditBranch)}/content/{path}";
    }

    private string BasePath()
    {
        var baseUrl = SafeUrl.Https(site.Graph.Site.BaseUrl);
        return baseUrl is null ? "/" : new Uri(baseUrl).AbsolutePath.TrimEnd('/') + "/";
    }
}
