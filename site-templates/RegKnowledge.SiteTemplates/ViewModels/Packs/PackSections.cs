namespace RegKnowledge.SiteTemplates.ViewModels.Packs;

/// <summary>Section 2: the regime as the consortium understands it.</summary>
public sealed record PackRegime
{
    public required string Jurisdiction { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<PackRegulator> Regulators { get; init; } = [];
    public IReadOnlyList<PackStance> Stances { get; init; } = [];
    public IReadOnlyList<PackInstrument> Instruments { get; init; } = [];
}

/// <summary>A regulator with the source (its home page) the list cites.</summary>
public sealed record PackRegulator(RegulatorItem Regulator, IReadOnlyList<int> Sources, bool IsRecipient);

/// <summary>A stance on one topic with the numbers of the sources it rests on.</summary>
public sealed record PackStance(StanceRow Row, IReadOnlyList<int> Sources);

/// <summary>An instrument with the number of its official text among the sources.</summary>
public sealed record PackInstrument(InstrumentItem Item, IReadOnlyList<int> Sources);

/// <summary>Section 3: clause-level alignment, one block per standard with mappings.</summary>
public sealed record PackAlignment
{
    public required string Jurisdiction { get; init; }
    public IReadOnlyList<PackStandardAlignment> Standards { get; init; } = [];
    /// <summary>Standards in the pack without any mapping in the jurisdiction.</summary>
    public IReadOnlyList<string> NotMapped { get; init; } = [];
}

/// <summary>One standard's mappings in the jurisdiction: figures, then rows with gaps and conflicts first.</summary>
public sealed record PackStandardAlignment
{
    public required string Anchor { get; init; }
    public required string Number { get; init; }
    public required string Title { get; init; }
    /// <summary>Version the mappings were made against.</summary>
    public required string MappedVersion { get; init; }
    public required string CurrentVersion { get; init; }
    public required AlignmentSummary Summary { get; init; }
    public required IReadOnlyList<PackMappingRow> Rows { get; init; }
    /// <summary>Active clauses without a mapping: "trx-03 Unhosted wallets".</summary>
    public IReadOnlyList<string> Unmapped { get; init; } = [];
    public DateText? ReviewedFrom { get; init; }
    public DateText? ReviewedTo { get; init; }
}

/// <summary>A mapping row with the clause's normative level and the sources of its local provision.</summary>
public sealed record PackMappingRow(MappingRow Row, string ClauseLevel, IReadOnlyList<int> Sources);

/// <summary>Section 4: our engagement with the recipient.</summary>
public sealed record PackEngagement
{
    public required string Recipient { get; init; }
    public IReadOnlyList<PackEngagementItem> Open { get; init; } = [];
    public IReadOnlyList<PackEngagementItem> PastConsultations { get; init; } = [];
    public IReadOnlyList<PackEngagementItem> LettersAndMeetings { get; init; } = [];
}

/// <summary>A consultation, letter or meeting with the numbers of its sources (official page, our response).</summary>
public sealed record PackEngagementItem(string Anchor, EngagementRow Row, IReadOnlyList<int> Sources);

/// <summary>Section 5: guidance articles, summarised, with absolute links to the full article on the site.</summary>
public sealed record PackGuidance(string Jurisdiction, IReadOnlyList<LinkedSummary> Articles);

/// <summary>Appendices: glossary, numbered sources, methodology, disclaimer.</summary>
public sealed record PackAppendices
{
    public IReadOnlyList<PackTerm> Glossary { get; init; } = [];
    public IReadOnlyList<PackSource> Sources { get; init; } = [];
    public required PackMethodology Methodology { get; init; }
    public required IReadOnlyList<string> Disclaimer { get; init; }
}

/// <summary>A numbered source; claims in the pack cite it as [n].</summary>
public sealed record PackSource(int Number, SourceItem Source);

/// <summary>How the figures and verdicts were made: NIST IR 8477 terms, the verdict scale, the stance scale, ranking and scope.</summary>
public sealed record PackMethodology
{
    public required IReadOnlyList<PackTerm> Relationships { get; init; }
    public required IReadOnlyList<PackTerm> Bases { get; init; }
    public required IReadOnlyList<PackTerm> Confidence { get; init; }
    public required string Strength { get; init; }
    public required IReadOnlyList<PackTerm> Verdicts { get; init; }
    public required IReadOnlyList<StanceLevelView> StanceLevels { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
}
