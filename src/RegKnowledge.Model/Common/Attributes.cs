namespace RegKnowledge.Model.Common;

/// <summary>Marks a property the loader and schema generator must ignore (positions, derived values).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotContentAttribute : Attribute;

/// <summary>A field holding Markdown: rendered through the sanitising pipeline and capped in size.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownAttribute : Attribute;

/// <summary>Upper bound on a text field's length in characters; longer values are rejected at load time.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxTextLengthAttribute(int characters) : Attribute
{
    /// <summary>The bound.</summary>
    public int Characters { get; } = characters;
}

/// <summary>A field whose values name ids of another kind; drives the schema description and reference checks.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReferencesAttribute(string kind) : Attribute
{
    /// <summary>The kind referenced, e.g. "topic".</summary>
    public string Kind { get; } = kind;
}
