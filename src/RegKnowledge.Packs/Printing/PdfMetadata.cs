using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace RegKnowledge.Packs.Printing;

/// <summary>Document properties written into a pack's PDF.</summary>
internal sealed record PdfDocumentInfo(string Title, string Author, string Subject, string Keywords, string Creator);

/// <summary>Makes Chromium's PDF reproducible and complete: replaces its Info dictionary (which carries the print time, a title only and
/// no author or subject) with one holding the pack's properties and the build date, renumbers the structure element ids (which count
/// the DOM nodes the tab created before, so they depend on what it printed earlier) and adds a trailer /ID derived from the content.</summary>
/// <remarks>Chromium (Skia) writes a single revision with a classic cross-reference table and the Info dictionary as an ordinary object.
/// The object is rewritten in place; every later offset in the table moves by the size difference and the table and trailer are written
/// anew. Anything else (cross-reference streams, incremental updates, encryption) is refused rather than guessed at.</remarks>
internal static partial class PdfMetadata
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Normalise(byte[] pdf, PdfDocumentInfo info, DateOnly date)
    {
        var text = RenumberNodeIds(Latin1.GetString(pdf)); // one char per byte, so string indexes are byte offsets
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startXref < 0)
        {
            throw new NotSupportedException("the PDF has no startxref");
        }

        var xrefOffset = int.Parse(Digits().Match(text, startXref + "startxref".Length).Value, CultureInfo.InvariantCulture);
        if (string.CompareOrdinal(text, xrefOffset, "xref", 0, 4) != 0)
        {
            throw new NotSupportedException("the PDF uses a cross-reference stream");
        }

        var trailerAt = text.IndexOf("trailer", xrefOffset, StringComparison.Ordinal);
        var trailer = text[trailerAt..startXref];
        if (trailer.Contains("/Prev", StringComparison.Ordinal) || trailer.Contains("/Encrypt", StringComparison.Ordinal))
        {
            throw new NotSupportedException("the PDF has several revisions or is encrypted");
        }

        var size = Required(SizeKey(), trailer);
        var root = Required(RootKey(), trailer);
        var infoNumber = int.Parse(Required(InfoKey(), trailer), CultureInfo.InvariantCulture);
        var entries = ReadTable(text[xrefOffset..trailerAt]);
        var infoStart = entries.First(e => e.Number == infoNumber).Offset;
        var infoEnd = text.IndexOf("endobj", infoStart, StringComparison.Ordinal) + "endobj".Length;
        infoEnd += text[infoEnd] == '\r' ? 2 : text[infoEnd] == '\n' ? 1 : 0;
        var producer = ProducerKey().Match(text, infoStart, infoEnd - infoStart) is { Success: true } m ? m.Groups[1].Value : "(Skia/PDF)";

        var stamp = "D:" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000Z";
        var infoObject = $"{infoNumber} 0 obj\n<</Title {PdfString(info.Title)}\n/Author {PdfString(info.Author)}\n/Subject {PdfString(info.Subject)}\n"
            + $"/Keywords {PdfString(info.Keywords)}\n/Creator {PdfString(info.Creator)}\n/Producer {producer}\n"
            + $"/CreationDate ({stamp})\n/ModDate ({stamp})>>\nendobj\n";
        var body = new StringBuilder(text.Length + 1024)
            .Append(text, 0, infoStart).Append(infoObject).Append(text, infoEnd, xrefOffset - infoEnd);
        var delta = body.Length - xrefOffset;

        var table = new StringBuilder("xref\n");
        foreach (var section in entries.GroupBy(e => e.Section))
        {
            table.Append(CultureInfo.InvariantCulture, $"{section.First().Number} {section.Count()}\n");
            foreach (var e in section)
            {
                var offset = e.InUse && e.Offset > infoStart ? e.Offset + delta : e.Offset;
                table.Append(CultureInfo.InvariantCulture, $"{offset:D10} {e.Generation:D5} {(e.InUse ? 'n' : 'f')} \n");
            }
        }

        var newXref = body.Length;
        body.Append(table);
        var id = Convert.ToHexString(SHA256.HashData(Latin1.GetBytes(body.ToString())))[..32];
        body.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}\n/Root {root}\n/Info {infoNumber} 0 R\n/ID [<{id}> <{id}>]>>\nstartxref\n{newXref}\n%%EOF\n");
        return Latin1.GetBytes(body.ToString());
    }

    /// <summary>A PDF text string: literal when plain ASCII, otherwise UTF-16BE with a byte order mark, in hex.</summary>
    internal static string PdfString(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            return "(" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    /// <summary>Tagged PDF structure elements carry ids like (node00000628) taken from the renderer's DOM node counter. They are
    /// replaced by their rank among all ids, zero-padded to the same width: the mapping keeps their order (the /IDTree name tree stays
    /// sorted) and every id keeps its length (no offset moves), and the same document gets the same ids whatever was printed before.</summary>
    internal static string RenumberNodeIds(string text)
    {
        var ids = NodeId().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)
            .OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToList();
        var ranks = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i + 1, StringComparer.Ordinal);
        return NodeId().Replace(text, m =>
        {
            var old = m.Groups[1].Value;
            return "(node" + ranks[old].ToString(CultureInfo.InvariantCulture).PadLeft(old.Length, '0') + ")";
        });
    }

    private sealed record XrefEntry(int Section, int Number, int Offset, int Generation, bool InUse);

    private static List<XrefEntry> ReadTable(string table)
    {
        var entries = new List<XrefEntry>();
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (section, number) = (0, 0);
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                section++;
                number = int.Parse(parts[0], CultureInfo.InvariantCulture);
                continue;
            }

            entries.Add(new XrefEntry(section, number++, int.Parse(parts[0], CultureInfo.InvariantCulture),
                int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2] == "n"));
        }

        return entries;
    }

    private static string Required(Regex key, string trailer) =>
        key.Match(trailer) is { Success: true } m ? m.Groups[1].Value : throw new NotSupportedException($"the PDF trailer lacks {key}");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\(node(\d+)\)")]
    private static partial Regex NodeId();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeKey();

    [GeneratedRegex(@"/Root\s+(\d+\s+\d+\s+R)")]
    private static partial Regex RootKey();

    [GeneratedRegex(@"/Info\s+(\d+)\s+\d+\s+R")]
    private static partial Regex InfoKey();

    [GeneratedRegex(@"/Producer\s+(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]*>)")]
    private static partial Regex ProducerKey();
}
