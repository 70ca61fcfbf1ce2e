namespace RegKnowledge.Search.Documents;

/// <summary>The kinds of search document; the value of the <c>kind</c> field and the prefix of every document id.</summary>
public static class DocumentKinds
{
    /// <summary>A jurisdiction's profile: summary, regulators, instruments. Id <c>jurisdiction:sg</c>.</summary>
    public const string Jurisdiction = "jurisdiction";
    /// <summary>A jurisdiction's stance on one topic. Id <c>stance:sg:aml-cft</c>.</summary>
    public const string Stance = "stance";
    /// <summary>A consortium standard as a whole. Id <c>standard:trx</c>.</summary>
    public const string Standard = "standard";
    /// <summary>One clause of a standard. Id <c>clause:trx-04</c>.</summary>
    public const string Clause = "clause";
    /// <summary>A clause mapped onto one jurisdiction's rules. Id <c>mapping:trx-04--sg</c>.</summary>
    public const string Mapping = "mapping";
    /// <summary>A guidance article as a whole. Id <c>guidance:travel-rule-mica-singapore</c>.</summary>
    public const string Guidance = "guidance";
    /// <summary>One <c>##</c>/<c>###</c> section of an article. Id <c>guidance-section:travel-rule-mica-singapore#checklist</c>.</summary>
    public const string GuidanceSection = "guidance-section";
    /// <summary>A consultation, letter or meeting. Id <c>engagement:fca-cp25-14-stablecoins</c>.</summary>
    public const string Engagement = "engagement";

    /// <summary>Every kind, in index order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Jurisdiction, Stance, Standard, Clause, Mapping, Guidance, GuidanceSection, Engagement];
}
