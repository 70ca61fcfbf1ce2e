using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The search page shell (a later stage adds the in-browser search) and the 404 page.</summary>
internal static class UtilityPages
{
    public const string NotFound = "404.html";

    public static IEnumerable<PlannedPage> Plan(PageKit kit)
    {
        // [search] The browser search client (assets/search/, an ES module started by boot.js) fills #search-results.
        var searchFrame = kit.Frames.Create(SiteUrls.Search, "Search", Tlp.Clear, [], null, null, "Search the knowledge base.", ["search/boot.js"]);
        yield return new PlannedPage(SiteUrls.Search, typeof(SearchPage), new SearchPageModel(searchFrame));

        var links = new PageLinks("");
        var notFoundFrame = kit.Frames.Create(NotFound, "Page not found", Tlp.Clear, [], null, null, servedAnywhere: true);
        yield return new PlannedPage(NotFound, typeof(NotFoundPage), new NotFoundPageModel(notFoundFrame,
        [
            links.Link(SiteUrls.Home, "Home"),
            links.Link(SiteUrls.JurisdictionIndex, "All jurisdictions"),
            links.Link(SiteUrls.TopicIndex, "All topics"),
            links.Link(SiteUrls.Search, "Search"),
        ]));
    }
}
