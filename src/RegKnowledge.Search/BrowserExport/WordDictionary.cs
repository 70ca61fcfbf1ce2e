using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.BrowserExport;

/// <summary>The term dictionary for typo tolerance: every indexed term with its document frequency and the word it most often
/// comes from ("custodi" ← "custody"), split into one file per first character.</summary>
/// <remarks>File, before gzip: one line per term, <c>term \t df</c> or <c>term \t df \t word</c> when the word differs from
/// the term. The browser fetches a file only when a query word matches nothing, and offers the closest word by edit distance.
/// Terms that never appear as a token of their own (multi-word synonym tokens such as <c>travel_rule</c>) are left out.</remarks>
internal static class WordDictionary
{
    public static IReadOnlyList<(char First, byte[] File)> Write(IndexSnapshot snapshot)
    {
        var surfaces = SurfaceForms(snapshot);
        var groups = new SortedDictionary<char, StringBuilder>();
        foreach (var (term, byField) in snapshot.Terms)
        {
            if (!surfaces.TryGetValue(term, out var word))
            {
                continue;
            }

            var df = byField.Max(p => p?.Docs.Length ?? 0);
            if (!groups.TryGetValue(term[0], out var lines))
            {
                lines = new StringBuilder();
                groups[term[0]] = lines;
            }

            lines.Append(term).Append('\t').Append(df.ToString(CultureInfo.InvariantCulture));
            if (word != term)
            {
                lines.Append('\t').Append(word);
            }

            lines.Append('\n');
        }

        return groups.Select(g => (g.Key, DeterministicGzip.Compress(Encoding.UTF8.GetBytes(g.Value.ToString())))).ToList();
    }

    /// <summary>For each term, the lower-cased original word that produced it most often (ties: ordinal first).</summary>
    private static Dictionary<string, string> SurfaceForms(IndexSnapshot snapshot)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        using var analyzer = AnalysisSettings.FromJson(snapshot.SettingsJson).CreateAnalyzer(AnalysisMode.Index);
        foreach (var document in snapshot.Documents)
        {
            foreach (var text in new[] { document.Title, document.Context, document.Body })
            {
                using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
                var term = stream.AddAttribute<ICharTermAttribute>();
                var offset = stream.AddAttribute<IOffsetAttribute>();
                var increment = stream.AddAttribute<IPositionIncrementAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    // Position increment 0 is a synonym token laid over the words it stands for: it has no word of its own.
                    if (increment.PositionIncrement == 0)
                    {
                        continue;
                    }

                    var word = Plain(text[offset.StartOffset..offset.EndOffset]);
                    var key = term.ToString();
                    if (!counts.TryGetValue(key, out var words))
                    {
                        words = new Dictionary<string, int>(StringComparer.Ordinal);
                        counts[key] = words;
                    }

                    words[word] = words.GetValueOrDefault(word) + 1;
                }

                stream.End();
            }
        }

        return counts.ToDictionary(
            c => c.Key,
            c => c.Value.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
    }

    /// <summary>The word lower-cased, without a possessive 's (which the analyzer drops too).</summary>
    private static string Plain(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var possessive in new[] { "'s", "\u2019s", "\uff07s" })
        {
            if (lower.EndsWith(possessive, StringComparison.Ordinal) && lower.Length > possessive.Length)
            {
                return lower[..^possessive.Length];
            }
        }

        return lower;
    }
}
