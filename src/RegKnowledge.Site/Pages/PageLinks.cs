using RegKnowledge.Content.Graph;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>Turns site-relative URLs (<see cref="SiteUrls"/>) into links relative to one page, so the site works under any prefix and from disk.</summary>
internal readonly record struct PageLinks(string FromUrl)
{
    public string To(string target) => SiteUrls.Relative(FromUrl, target);

    public Link Link(string target, string text) => new(To(target), text);
}
