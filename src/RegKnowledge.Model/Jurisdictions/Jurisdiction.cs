using System.ComponentModel;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Model.Jurisdictions;

/// <summary>A jurisdiction's regime: regulators, instruments and one stance per topic. One file per jurisdiction.</summary>
public sealed class Jurisdiction : ContentNode
{
    /// <summary>ISO 3166-1 alpha-2 in lower case (`sg`), a bloc (`eu`) or a sub-national regime (`us-ny`, `ae-dubai`); equals the file name.</summary>
    [Description("ISO 3166-1 alpha-2 in lower case (sg), a bloc (eu) or a sub-national regime (us-ny, ae-dubai). Must equal the file name.")]
    public required string Id { get; set; }
    /// <summary>Display name.</summary>
    public required string Name { get; set; }
    /// <summary>Region id from the taxonomy.</summary>
    [References("region")]
    public required string Region { get; set; }
    /// <summary>For a sub-national or free-zone regime: the jurisdiction it sits in.</summary>
    [References("jurisdiction")]
    public string? Parent { get; set; }
    /// <summary>Two to four sentences on the regime as a whole.</summary>
    [MaxTextLength(2000)]
    public required string Summary { get; set; }
    /// <summary>TLP label; defaults to the taxonomy's jurisdiction default.</summary>
    public Tlp? Tlp { get; set; }
    /// <summary>Supervisory authorities.</summary>
    public List<Regulator> Regulators { get; set; } = [];
    /// <summary>Laws, regulations and official guidance the stances rest on.</summary>
    public List<Instrument> Instruments { get; set; } = [];
    /// <summary>One stance per topic of the taxonomy.</summary>
    public List<Stance> Stances { get; set; } = [];
}

/// <summary>A supervisory authority.</summary>
public sealed class Regulator : ContentNode
{
    /// <summary>Stable id, unique across all jurisdictions, e.g. `mas`.</summary>
    public required string Id { get; set; }
    /// <summary>Full name.</summary>
    public required string Name { get; set; }
    /// <summary>Its remit over crypto-asset activity, one sentence.</summary>
    public required string Remit { get; set; }
    /// <summary>Home page (https).</summary>
    public required string Url { get; set; }
}

/// <summary>Lifecycle of a legal instrument.</summary>
public enum InstrumentStatus
{
    /// <summary>Published as a proposal, bill or consultation draft.</summary>
    Proposed,
    /// <summary>Adopted but not yet applying.</summary>
    Enacted,
    /// <summary>Applies in part, with further phases scheduled.</summary>
    Phased,
    /// <summary>Applies in full.</summary>
    InForce,
    /// <summary>No longer applies.</summary>
    Repealed,
}

/// <summary>Kind of legal instrument.</summary>
public enum InstrumentKind
{
    /// <summary>Primary legislation.</summary>
    Statute,
    /// <summary>Directly applicable regulation (e.g. an EU Regulation).</summary>
    Regulation,
    /// <summary>A directive needing transposition.</summary>
    Directive,
    /// <summary>Secondary rules made by a regulator.</summary>
    Rules,
    /// <summary>Official guidance, notices or circulars.</summary>
    Guidance,
    /// <summary>A bill before a legislature.</summary>
    Bill,
    /// <summary>International standard or recommendation adopted locally.</summary>
    Standard,
}

/// <summary>A law, regulation or official guidance.</summary>
public sealed class Instrument : ContentNode
{
    /// <summary>Stable id, unique across all jurisdictions, e.g. `sg-psa-2019`.</summary>
    public required string Id { get; set; }
    /// <summary>Official title.</summary>
    public required string Title { get; set; }
    /// <summary>Kind of instrument.</summary>
    public required InstrumentKind Kind { get; set; }
    /// <summary>Current status.</summary>
    public required InstrumentStatus Status { get; set; }
    /// <summary>Regulator that administers it, if one.</summary>
    [References("regulator")]
    public string? Regulator { get; set; }
    /// <summary>Date proposed or introduced.</summary>
    public DateOnly? Proposed { get; set; }
    /// <summary>Date adopted or enacted.</summary>
    public DateOnly? Enacted { get; set; }
    /// <summary>Date it applies (or began to apply in part).</summary>
    public DateOnly? InForce { get; set; }
    /// <summary>Official text (https).</summary>
    public required string Url { get; set; }
    /// <summary>Notes on phasing or transition.</summary>
    [MaxTextLength(2000)]
    public string? Notes { get; set; }
}

/// <summary>The jurisdiction's position on one topic.</summary>
public sealed class Stance : ContentNode
{
    /// <summary>Topic id from the taxonomy.</summary>
    [References("topic")]
    public required string Topic { get; set; }
    /// <summary>Level id from the taxonomy's stance scale.</summary>
    [References("stance-level")]
    public required string Level { get; set; }
    /// <summary>Two to five sentences in the consortium's own words.</summary>
    [MaxTextLength(3000)]
    public required string Summary { get; set; }
    /// <summary>Instrument ids of this jurisdiction the stance rests on.</summary>
    [References("instrument")]
    public List<string> Instruments { get; set; } = [];
    /// <summary>At least one primary source.</summary>
    public required List<SourceLink> Sources { get; set; }
    /// <summary>Date the summary describes the law as of.</summary>
    public required DateOnly AsOf { get; set; }
    /// <summary>Date by which the stance must be reviewed again.</summary>
    public required DateOnly NextReview { get; set; }
    /// <summary>TLP label; defaults to the jurisdiction's.</summary>
    public Tlp? Tlp { get; set; }
}
