using RegKnowledge.Content.Graph;

namespace RegKnowledge.Packs;

/// <summary>One pack to build: a jurisdiction, optionally one of its regulators as the sole recipient, optionally limited to topics.</summary>
public sealed record PackRequest(string Jurisdiction, string? Regulator = null, IReadOnlyList<string>? Topics = null)
{
    /// <summary>Topic ids in ordinal order, without duplicates; empty for all topics.</summary>
    public IReadOnlyList<string> TopicIds { get; } = (Topics ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The file name: <see cref="SiteUrls.Pack"/> without its "packs/" folder; a topic-limited pack adds its topics
    /// (sg-mas--custody+stablecoins.pdf) so it never overwrites the full pack the site links to.</summary>
    public string FileName(string extension)
    {
        var name = SiteUrls.Pack(Jurisdiction, Regulator, extension)["packs/".Length..];
        return TopicIds.Count == 0 ? name : name[..^(extension.Length + 1)] + "--" + string.Join('+', TopicIds) + "." + extension;
    }

    /// <inheritdoc/>
    public override string ToString() => Regulator is null ? Jurisdiction : $"{Jurisdiction}/{Regulator}";
}
