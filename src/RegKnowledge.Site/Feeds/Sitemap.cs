using RegKnowledge.Site.Pages;

namespace RegKnowledge.Site.Feeds;

/// <summary>sitemap.xml: every page's absolute URL under the base URL, with its last review date where known.</summary>
internal static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Build(string baseUrl, IEnumerable<PlannedPage> pages)
    {
        var root = FeedText.Base(baseUrl);
        return FeedText.Write(w =>
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", Namespace);
            foreach (var page in pages.Where(p => p.Url != UtilityPages.NotFound).OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                w.WriteStartElement("url", Namespace);
                w.WriteElementString("loc", Namespace, root + "/" + page.Url);
                if (page.Model.Frame.LastReviewed is { } reviewed)
                {
                    w.WriteElementString("lastmod", Namespace, reviewed.Iso);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
    }
}
