using RegKnowledge.Model.Common;

namespace RegKnowledge.Content.Load;

/// <summary>A parsed YAML node with the place it starts. Our own tree rather than YamlDotNet's representation model,
/// because that model has no depth bound and accepts aliases (see FACTS.md); this one is built under our limits.</summary>
internal abstract record YamlNode(SourceLocation Location);

/// <summary>A scalar; <see cref="Plain"/> is false for quoted and block scalars, whose text is never a keyword.</summary>
internal sealed record YamlScalar(SourceLocation Location, string Value, bool Plain) : YamlNode(Location)
{
    /// <summary>Plain empty, <c>~</c> or <c>null</c>: YAML's null.</summary>
    public bool IsNull => Plain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}

/// <summary>A sequence.</summary>
internal sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location);

/// <summary>A mapping whose keys are unique plain strings, in file order.</summary>
internal sealed record YamlMapping(SourceLocation Location, IReadOnlyList<YamlEntry> Entries) : YamlNode(Location);

/// <summary>One key and its value.</summary>
internal sealed record YamlEntry(string Key, SourceLocation KeyLocation, YamlNode Value);
