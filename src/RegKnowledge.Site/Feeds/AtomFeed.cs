using System.Globalization;
using RegKnowledge.Content.Graph;
using RegKnowledge.Site.Pages;

namespace RegKnowledge.Site.Feeds;

/// <summary>feed.xml: recent changes (dates from the content) as Atom 1.0 with absolute links under the configured base URL.</summary>
internal static class AtomFeed
{
    private const int Entries = 50;
    private const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Build(KnowledgeGraph graph)
    {
        var root = FeedText.Base(graph.Site.BaseUrl);
        var changes = ChangeLog.Of(graph).Take(Entries).ToList();
        var updated = changes.Count > 0 ? Timestamp(changes[0].Date) : "1970-01-01T00:00:00Z";
        return FeedText.Write(w =>
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Namespace);
            w.WriteElementString("title", Namespace, $"{graph.Site.ShortName}: recent changes");
            w.WriteElementString("id", Namespace, root + "/");
            w.WriteElementString("updated", Namespace, updated);
            Link(w, root + "/" + SiteUrls.Feed, "self");
            Link(w, root + "/", "alternate");
            w.WriteStartElement("author", Namespace);
            w.WriteElementString("name", Namespace, graph.Site.Consortium);
            w.WriteEndElement();
            foreach (var change in changes)
            {
                w.WriteStartElement("entry", Namespace);
                w.WriteElementString("title", Namespace, $"{change.Title}: {change.What}");
                w.WriteElementString("id", Namespace, $"{root}/{change.Url.Split('#')[0]}#change-{change.Key.Replace('/', '-')}");
                Link(w, root + "/" + change.Url, "alternate");
                w.WriteElementString("updated", Namespace, Timestamp(change.Date));
                w.WriteElementString("summary", Namespace, $"{change.What} ({Model.Common.TlpText.Label(change.Label)})");
                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
    }

    private static void Link(System.Xml.XmlWriter w, string href, string rel)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
