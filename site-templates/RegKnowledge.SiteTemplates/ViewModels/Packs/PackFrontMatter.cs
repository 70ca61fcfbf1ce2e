namespace RegKnowledge.SiteTemplates.ViewModels.Packs;

/// <summary>The cover block on page one: who sends the pack to whom, when, at which label, and which content it was built from.</summary>
public sealed record PackCover
{
    public required string Consortium { get; init; }
    public required string ShortName { get; init; }
    /// <summary>"Briefing pack: Singapore".</summary>
    public required string Title { get; init; }
    public required string Jurisdiction { get; init; }
    /// <summary>The regulator the pack is addressed to, or "X regulators" for a pack to all of a jurisdiction's regulators.</summary>
    public required string Recipient { get; init; }
    public required DateText Date { get; init; }
    /// <summary>E.g. DAMC-BP-sg-mas-1a2b3c4d: changes whenever anything the pack shows changes.</summary>
    public required string PackId { get; init; }
    public required string ContentVersion { get; init; }
    public required string Audience { get; init; }
    public required string AudienceDescription { get; init; }
    /// <summary>Highest label the audience of the build may see.</summary>
    public required Badge AudienceCeiling { get; init; }
    /// <summary>Highest label the recipient may receive.</summary>
    public required Badge RecipientCeiling { get; init; }
    /// <summary>Highest label of the content the pack contains: the document's label.</summary>
    public required Badge Label { get; init; }
    /// <summary>How the recipient may share the document under its label.</summary>
    public required string LabelMeaning { get; init; }
    /// <summary>Topic names the pack is limited to; empty for all topics.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
}

/// <summary>The one-page summary: why, headline figures, asks, the most important gaps and conflicts, open consultations.</summary>
public sealed record PackSummary
{
    public required IReadOnlyList<string> Why { get; init; }
    /// <summary>Null when no mapping is in the pack.</summary>
    public PackFigures? Figures { get; init; }
    public IReadOnlyList<PackAsk> Asks { get; init; } = [];
    public IReadOnlyList<PackIssue> Issues { get; init; } = [];
    public IReadOnlyList<PackEngagementItem> OpenConsultations { get; init; } = [];
    /// <summary>Recipient name used in "nothing to say" sentences.</summary>
    public required string Recipient { get; init; }
    public required string Jurisdiction { get; init; }
}

/// <summary>Alignment across all standards mapped in the jurisdiction: shares of mappings per verdict.</summary>
public sealed record PackFigures(int Mappings, int ClausesMapped, int ActiveClauses, int Standards, IReadOnlyList<AlignmentShare> Shares);

/// <summary>One of the consortium's asks, derived from a consultation position or a ranked gap or conflict; links to its detail.</summary>
public sealed record PackAsk(string Text, string Href, IReadOnlyList<int> Sources);

/// <summary>A ranked gap or conflict shown in the summary.</summary>
public sealed record PackIssue(int Rank, PackMappingRow Mapping, string Standard);
