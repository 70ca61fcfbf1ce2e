using System.Text;

namespace RegKnowledge.Search.BrowserExport;

/// <summary>One written shard: its first term and the compressed bytes of its postings and positions files.</summary>
internal sealed record TermShard(string FirstTerm, byte[] Postings, byte[] Positions, int Terms);

/// <summary>Cuts the term dictionary into ranges and encodes each range's postings (and, in a parallel file, positions).</summary>
/// <remarks>
/// Postings file, before gzip: varint length + the range's terms as UTF-8 joined by '\n'; then per term a field mask byte
/// (bit i = <see cref="IndexSnapshot.TextFields"/>[i]) and per present field: varint df, df varint document deltas (the first
/// absolute), df varints freq−1, df norm bytes. Columns rather than rows, because gzip finds the runs in each column.
/// Positions file: per term, per present field, per posting, freq varint position deltas (the first from 0). It is fetched
/// only for quoted phrases.
/// </remarks>
internal static class TermShards
{
    public static IReadOnlyList<TermShard> Write(IndexSnapshot snapshot, int targetBytes)
    {
        var shards = new List<TermShard>();
        var pending = new List<KeyValuePair<string, FieldPostings?[]>>();
        var pendingBytes = 0;
        foreach (var entry in snapshot.Terms)
        {
            pending.Add(entry);
            pendingBytes += entry.Key.Length + 2 + entry.Value.Sum(p => p is null ? 0 : 1 + (p.Docs.Length * 3));
            if (pendingBytes >= targetBytes)
            {
                shards.Add(Encode(pending));
                pending.Clear();
                pendingBytes = 0;
            }
        }

        if (pending.Count > 0 || shards.Count == 0)
        {
            shards.Add(Encode(pending));
        }

        return shards;
    }

    private static TermShard Encode(List<KeyValuePair<string, FieldPostings?[]>> terms)
    {
        var postings = new CompactWriter();
        var positions = new CompactWriter();
        var names = Encoding.UTF8.GetBytes(string.Join('\n', terms.Select(t => t.Key)));
        postings.VarInt(names.Length);
        postings.Bytes(names);
        foreach (var (_, byField) in terms)
        {
            byte mask = 0;
            for (var f = 0; f < byField.Length; f++)
            {
                mask |= byField[f] is null ? (byte)0 : (byte)(1 << f);
            }

            postings.Byte(mask);
            foreach (var field in byField.OfType<FieldPostings>())
            {
                WriteField(postings, positions, field);
            }
        }

        return new TermShard(terms.Count == 0 ? "" : terms[0].Key, DeterministicGzip.Compress(postings.ToArray()),
            DeterministicGzip.Compress(positions.ToArray()), terms.Count);
    }

    private static void WriteField(CompactWriter postings, CompactWriter positions, FieldPostings field)
    {
        postings.VarInt(field.Docs.Length);
        var previous = 0;
        foreach (var doc in field.Docs)
        {
            postings.VarInt(doc - previous);
            previous = doc;
        }

        foreach (var freq in field.Freqs)
        {
            postings.VarInt(freq - 1);
        }

        postings.Bytes(field.Norms);
        var at = 0;
        foreach (var freq in field.Freqs)
        {
            var last = 0;
            for (var i = 0; i < freq; i++, at++)
            {
                positions.VarInt(field.Positions[at] - last);
                last = field.Positions[at];
            }
        }
    }
}
