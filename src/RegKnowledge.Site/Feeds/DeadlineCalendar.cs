using System.Globalization;
using System.Text;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Text;

namespace RegKnowledge.Site.Feeds;

/// <summary>engagements/deadlines.ics: one all-day event per engagement deadline (RFC 5545), with UIDs from engagement ids and DTSTAMP from the build clock.</summary>
internal static class DeadlineCalendar
{
    private const int MaxLineOctets = 75;

    public static byte[] Build(KnowledgeGraph graph)
    {
        var root = FeedText.Base(graph.Site.BaseUrl);
        var host = new Uri(root).Host;
        var stamp = Day(graph.Clock.Today) + "T000000Z";
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            $"PRODID:-//{Escape(graph.Site.ShortName)}//RegKnowledge//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            $"X-WR-CALNAME:{Escape(graph.Site.ShortName + " engagement deadlines")}",
        };
        foreach (var e in graph.Engagements.Where(e => e.Closes is not null).OrderBy(e => e.Closes).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var closes = e.Closes!.Value;
            var regulator = graph.RegulatorById.TryGetValue(e.Regulator, out var r) ? r.Regulator.Name : e.Regulator;
            var description = $"{regulator}. Our response: {DisplayText.Words(e.ResponseStatus)}." + (e.Position is null ? "" : " Position: " + e.Position);
            lines.AddRange(
            [
                "BEGIN:VEVENT",
                $"UID:{e.Id}-deadline@{host}",
                $"DTSTAMP:{stamp}",
                $"DTSTART;VALUE=DATE:{Day(closes)}",
                $"DTEND;VALUE=DATE:{Day(closes.AddDays(1))}",
                $"SUMMARY:{Escape("Deadline: " + e.Title)}",
                $"DESCRIPTION:{Escape(description)}",
                $"URL:{root}/{SiteUrls.Engagement(e.Id)}",
                "END:VEVENT",
            ]);
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping of RFC 5545 §3.3.11.</summary>
    internal static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Lines longer than 75 octets continue on the next line after CRLF and a space, never splitting a UTF-8 sequence.</summary>
    internal static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = MaxLineOctets - 1; // the leading space counts
            }

            output.Append(rune.ToString());
            octets += size;
        }

        output.Append("\r\n");
    }
}
