namespace RegKnowledge.Search.Querying;

/// <summary>A parsed query, before analysis: what the user typed, structured by operators.</summary>
public abstract record QueryNode;

/// <summary>Adjacent plain words, analysed together (so multi-word synonyms match) and OR-ed token by token.</summary>
public sealed record WordsNode(string Text) : QueryNode;

/// <summary>A quoted phrase: its tokens must appear in order.</summary>
public sealed record PhraseNode(string Text) : QueryNode;

/// <summary>A word ending in '*': every term starting with the lower-cased text before the '*'.</summary>
public sealed record PrefixNode(string Prefix) : QueryNode;

/// <summary>How a clause of a <see cref="BooleanNode"/> takes part.</summary>
public enum ClauseRole
{
    /// <summary>May match; adds to the score (juxtaposition, OR).</summary>
    Should,
    /// <summary>Must match (AND, +).</summary>
    Must,
    /// <summary>Must not match (NOT, -).</summary>
    MustNot,
}

/// <summary>Clauses combined by AND, OR, NOT, '+', '-' or juxtaposition.</summary>
public sealed record BooleanNode(IReadOnlyList<(ClauseRole Role, QueryNode Node)> Clauses) : QueryNode;
