using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>A page to render: its site-relative URL, the component and the model it renders.</summary>
internal sealed record PlannedPage(string Url, Type Component, PageModel Model)
{
    /// <summary>File the URL is served from: "jurisdictions/sg/" → "jurisdictions/sg/index.html".</summary>
    public string FilePath => Url.Length == 0 || Url.EndsWith('/') ? Url + "index.html" : Url;
}
