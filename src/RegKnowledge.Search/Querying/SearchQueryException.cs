namespace RegKnowledge.Search.Querying;

/// <summary>A query the parser cannot read; the message is one sentence meant for the person who typed it.</summary>
public sealed class SearchQueryException(string message) : Exception(message);
