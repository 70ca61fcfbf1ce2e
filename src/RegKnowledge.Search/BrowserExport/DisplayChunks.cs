using System.Text;
using System.Text.Json;

namespace RegKnowledge.Search.BrowserExport;

/// <summary>Groups the documents' display data (what a result shows) into files of a fixed number of consecutive documents.</summary>
/// <remarks>A chunk is a gzip'd JSON array with one <c>[id, title, context, url, text]</c> array per document; document n is entry
/// n % size of chunk n / size, so no table is needed. The text is the body for snippets, cut at
/// <see cref="SnippetSourceLimit"/> characters: a match further into a long guidance article is shown by its section's own result.</remarks>
internal static class DisplayChunks
{
    /// <summary>Longest snippet source kept per document, in UTF-16 code units.</summary>
    public const int SnippetSourceLimit = 1600;

    /// <summary>Documents per chunk: about <paramref name="targetBytes"/> of display data per file, at least 1, at most 64.</summary>
    public static int ChunkSize(IndexSnapshot snapshot, int targetBytes)
    {
        if (snapshot.Documents.Count == 0)
        {
            return 1;
        }

        var average = snapshot.Documents.Average(d => d.Title.Length + d.Context.Length + d.Url.Length + Math.Min(d.Body.Length, SnippetSourceLimit) + 16);
        return (int)Math.Clamp(Math.Round(targetBytes / average), 1, 64);
    }

    public static IReadOnlyList<byte[]> Write(IndexSnapshot snapshot, int chunkSize)
    {
        var chunks = new List<byte[]>();
        for (var start = 0; start < snapshot.Documents.Count; start += chunkSize)
        {
            using var json = new MemoryStream();
            using (var writer = new Utf8JsonWriter(json, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartArray();
                foreach (var document in snapshot.Documents.Skip(start).Take(chunkSize))
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(document.Id);
                    writer.WriteStringValue(document.Title);
                    writer.WriteStringValue(document.Context);
                    writer.WriteStringValue(document.Url);
                    writer.WriteStringValue(SnippetSource(document.Body));
                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
            }

            chunks.Add(DeterministicGzip.Compress(json.ToArray()));
        }

        return chunks;
    }

    /// <summary>The body up to <see cref="SnippetSourceLimit"/>, cut at a space when it is longer.</summary>
    public static string SnippetSource(string body)
    {
        if (body.Length <= SnippetSourceLimit)
        {
            return body;
        }

        var cut = body.LastIndexOf(' ', SnippetSourceLimit);
        var end = cut > SnippetSourceLimit / 2 ? cut : SnippetSourceLimit;
        // Never split a surrogate pair.
        if (char.IsHighSurrogate(body[end - 1]))
        {
            end--;
        }

        return new StringBuilder(body, 0, end, end + 1).Append('…').ToString();
    }
}
