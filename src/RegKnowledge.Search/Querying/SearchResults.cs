namespace RegKnowledge.Search.Querying;

/// <summary>A highlighted stretch of a snippet: <see cref="Start"/> and <see cref="Length"/> in UTF-16 code units.</summary>
public readonly record struct HitSpan(int Start, int Length);

/// <summary>A passage of the body around the best matches, as plain text, with the matched words marked by offsets.</summary>
public sealed record Snippet(string Text, IReadOnlyList<HitSpan> Hits)
{
    /// <summary>The text with every hit wrapped in <paramref name="open"/> and <paramref name="close"/> (e.g. "[" and "]").</summary>
    public string Marked(string open, string close)
    {
        var marked = new System.Text.StringBuilder(Text.Length + (Hits.Count * (open.Length + close.Length)));
        var at = 0;
        foreach (var hit in Hits)
        {
            marked.Append(Text, at, hit.Start - at).Append(open).Append(Text, hit.Start, hit.Length).Append(close);
            at = hit.Start + hit.Length;
        }

        return marked.Append(Text, at, Text.Length - at).ToString();
    }
}

/// <summary>One ranked result.</summary>
public sealed record SearchHit
{
    /// <summary>1-based rank.</summary>
    public required int Rank { get; init; }
    /// <summary>Stable document id, e.g. <c>stance:sg:aml-cft</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Document kind.</summary>
    public required string Kind { get; init; }
    /// <summary>Title.</summary>
    public required string Title { get; init; }
    /// <summary>Where it sits: jurisdiction, standard, article or regulator names.</summary>
    public required string Context { get; init; }
    /// <summary>Site-relative URL.</summary>
    public required string Url { get; init; }
    /// <summary>Jurisdiction ids.</summary>
    public required IReadOnlyList<string> Jurisdictions { get; init; }
    /// <summary>Topic ids.</summary>
    public required IReadOnlyList<string> Topics { get; init; }
    /// <summary>BM25 score (higher is better; comparable only within one query).</summary>
    public required float Score { get; init; }
    /// <summary>Highlighted passage of the body.</summary>
    public required Snippet Snippet { get; init; }
}

/// <summary>The answer to one query.</summary>
/// <param name="Query">The query as typed.</param>
/// <param name="TotalHits">How many documents matched (more than returned when limited).</param>
/// <param name="Hits">The top results, best first; ties keep index order.</param>
public sealed record SearchResults(string Query, int TotalHits, IReadOnlyList<SearchHit> Hits);
