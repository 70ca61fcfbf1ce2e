using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Site.Feeds;

/// <summary>robots.txt: the public build invites crawlers and names the sitemap; every other audience's build asks them to stay out.</summary>
internal static class RobotsTxt
{
    public static byte[] Build(KnowledgeGraph graph)
    {
        var text = graph.Audience.Ceiling == Tlp.Clear
            ? $"User-agent: *\nAllow: /\nSitemap: {FeedText.Base(graph.Site.BaseUrl)}/{SiteUrls.Sitemap}\n"
            : "User-agent: *\nDisallow: /\n";
        return System.Text.Encoding.UTF8.GetBytes(text);
    }
}
