using System.Text;
using System.Xml;

namespace RegKnowledge.Site.Feeds;

/// <summary>Shared settings of the XML files (UTF-8 without BOM, LF, indented) and the absolute base URL.</summary>
internal static class FeedText
{
    public static readonly XmlWriterSettings Xml = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>The configured base URL without a trailing slash ("https://x.org/kb").</summary>
    public static string Base(string baseUrl) => (Text.SafeUrl.Https(baseUrl) ?? "https://invalid.example").TrimEnd('/');

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Xml))
        {
            write(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
