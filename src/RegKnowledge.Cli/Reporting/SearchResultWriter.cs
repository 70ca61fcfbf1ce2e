using System.Globalization;
using System.Text.Json;
using RegKnowledge.Search.Querying;

namespace RegKnowledge.Cli.Reporting;

/// <summary>Writes search results as a readable list (hits in [brackets]) or as JSON (plain snippet plus hit offsets).</summary>
internal static class SearchResultWriter
{
    public static readonly string[] Formats = ["table", "json"];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, string format, SearchResults results)
    {
        if (format == "json")
        {
            WriteJson(output, results);
        }
        else
        {
            WriteTable(output, results);
        }
    }

    private static void WriteTable(TextWriter output, SearchResults results)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{results.TotalHits} result{(results.TotalHits == 1 ? "" : "s")} for \"{results.Query}\"{(results.Hits.Count < results.TotalHits ? $", top {results.Hits.Count}" : "")}"));
        foreach (var hit in results.Hits)
        {
            var facts = new[] { hit.Kind, Joined(hit.Jurisdictions), Joined(hit.Topics), hit.Score.ToString("F2", CultureInfo.InvariantCulture) }
                .Where(f => f.Length > 0);
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Rank,3}. {hit.Title}  ({string.Join(" | ", facts)})"));
            if (hit.Context.Length > 0)
            {
                output.WriteLine($"     in: {hit.Context}");
            }

            output.WriteLine($"     {hit.Snippet.Marked("[", "]")}");
            output.WriteLine($"     {hit.Url}");
        }
    }

    private static void WriteJson(TextWriter output, SearchResults results)
    {
        var document = new
        {
            query = results.Query,
            total = results.TotalHits,
            results = results.Hits.Select(hit => new
            {
                rank = hit.Rank,
                id = hit.Id,
                kind = hit.Kind,
                title = hit.Title,
                context = hit.Context,
                jurisdictions = hit.Jurisdictions,
                topics = hit.Topics,
                score = Math.Round(hit.Score, 4),
                url = hit.Url,
                snippet = new
                {
                    text = hit.Snippet.Text,
                    hits = hit.Snippet.Hits.Select(h => new { start = h.Start, length = h.Length }),
                },
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, Json));
    }

    private static string Joined(IReadOnlyList<string> values) => string.Join(", ", values);
}
