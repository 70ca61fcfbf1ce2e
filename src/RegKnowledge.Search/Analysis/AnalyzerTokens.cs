using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace RegKnowledge.Search.Analysis;

/// <summary>Runs an analyzer over a text and returns its tokens; used to build synonym tables, in tests and reports.</summary>
public static class AnalyzerTokens
{
    /// <summary>The terms <paramref name="analyzer"/> produces for <paramref name="text"/>, in stream order.</summary>
    public static IReadOnlyList<string> Of(Analyzer analyzer, string text, string field = "body")
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
