namespace RegKnowledge.Search.Analysis;

/// <summary>One synonym group after analysis: every variant as a token sequence, and the single token that stands for all.</summary>
/// <param name="Canonical">'~' and the first single-token variant (<c>~vasp</c>); if there is none, '~' and the first
/// variant's tokens joined by '_' (<c>~travel_rule</c>). The '~' keeps it apart from every word's stem: Porter stems
/// "use" to <c>us</c>, which must not match "US".</param>
/// <param name="Variants">Analysed variants (<see cref="AnalysisMode.SynonymKey"/> tokens), distinct, in the group's order.</param>
public sealed record SynonymEntry(string Canonical, IReadOnlyList<IReadOnlyList<string>> Variants);

/// <summary>The taxonomy's synonym groups, analysed with the same chain as the text, ready for longest-match lookup.</summary>
/// <remarks>Groups whose variants all analyse to the same keys (authorise/authorize after spelling normalisation) are
/// dropped: the chain already unifies them. A variant claimed by an earlier group is ignored in a later one.</remarks>
public sealed class SynonymTable
{
    private readonly Dictionary<string, string> canonicalByVariant;

    private SynonymTable(IReadOnlyList<SynonymEntry> entries)
    {
        Entries = entries;
        canonicalByVariant = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var variant in entry.Variants)
            {
                canonicalByVariant.TryAdd(Key(variant), entry.Canonical);
                MaxLength = Math.Max(MaxLength, variant.Count);
            }
        }
    }

    /// <summary>First character of every canonical token; StandardTokenizer never produces it.</summary>
    public const string CanonicalPrefix = "~";

    /// <summary>No synonyms.</summary>
    public static SynonymTable Empty { get; } = new([]);

    /// <summary>The groups, in taxonomy order.</summary>
    public IReadOnlyList<SynonymEntry> Entries { get; }

    /// <summary>Tokens in the longest variant.</summary>
    public int MaxLength { get; }

    /// <summary>Builds the table from raw groups; <paramref name="analyze"/> turns a term into tokens (Phrase mode analyzer).</summary>
    public static SynonymTable Build(IEnumerable<IReadOnlyList<string>> groups, Func<string, IReadOnlyList<string>> analyze)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(analyze);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<SynonymEntry>();
        foreach (var group in groups)
        {
            var variants = group.Select(analyze)
                .Where(tokens => tokens.Count > 0)
                .DistinctBy(Key, StringComparer.Ordinal)
                .Where(tokens => !claimed.Contains(Key(tokens)))
                .ToList();
            if (variants.Count < 2)
            {
                continue;
            }

            var single = variants.FirstOrDefault(v => v.Count == 1);
            var canonical = CanonicalPrefix + (single?[0] ?? string.Join('_', variants[0]));
            claimed.UnionWith(variants.Select(Key));
            entries.Add(new SynonymEntry(canonical, variants));
        }

        return new SynonymTable(entries);
    }

    /// <summary>Rebuilds a table from saved entries (see <see cref="AnalysisSettings"/>).</summary>
    public static SynonymTable FromEntries(IReadOnlyList<SynonymEntry> entries) => new(entries);

    /// <summary>The longest variant starting at <paramref name="start"/> of <paramref name="tokens"/>: its length and canonical token.</summary>
    public (int Length, string Canonical)? LongestMatch(IReadOnlyList<string> tokens, int start)
    {
        for (var length = Math.Min(MaxLength, tokens.Count - start); length > 0; length--)
        {
            if (canonicalByVariant.TryGetValue(string.Join(' ', Enumerable.Range(start, length).Select(i => tokens[i])), out var canonical))
            {
                return (length, canonical);
            }
        }

        return null;
    }

    private static string Key(IReadOnlyList<string> tokens) => string.Join(' ', tokens);
}
