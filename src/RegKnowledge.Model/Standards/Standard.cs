using System.ComponentModel;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Model.Standards;

/// <summary>Lifecycle of a consortium standard.</summary>
public enum StandardStatus
{
    /// <summary>Being written by its working group.</summary>
    Draft,
    /// <summary>Out for member consultation.</summary>
    Consultation,
    /// <summary>Approved by the council; members are expected to follow it.</summary>
    Approved,
    /// <summary>Replaced by a later version or standard.</summary>
    Superseded,
}

/// <summary>How binding a clause is (RFC 2119 terms).</summary>
public enum NormativeLevel
{
    /// <summary>An absolute requirement.</summary>
    Must,
    /// <summary>Recommended; deviations must be justified.</summary>
    Should,
    /// <summary>Optional.</summary>
    May,
}

/// <summary>Whether a clause is in effect.</summary>
public enum ClauseStatus
{
    /// <summary>Part of the current version.</summary>
    Active,
    /// <summary>Withdrawn; its id is never reused.</summary>
    Withdrawn,
}

/// <summary>One of the consortium's own standards. One file per standard.</summary>
public sealed class Standard : ContentNode
{
    /// <summary>Stable id, equals the file name, e.g. `cks`.</summary>
    public required string Id { get; set; }
    /// <summary>Full title.</summary>
    public required string Title { get; set; }
    /// <summary>Current version (semantic versioning).</summary>
    public required string Version { get; set; }
    /// <summary>Lifecycle status of the current version.</summary>
    public required StandardStatus Status { get; set; }
    /// <summary>Owning working group id.</summary>
    [References("governance")]
    public required string Owner { get; set; }
    /// <summary>What the standard is for, a short paragraph.</summary>
    [MaxTextLength(3000)]
    public required string Summary { get; set; }
    /// <summary>Date the current version was published.</summary>
    public required DateOnly Published { get; set; }
    /// <summary>Earlier and current versions.</summary>
    public List<StandardVersion> Versions { get; set; } = [];
    /// <summary>TLP label; defaults to the taxonomy's standard default.</summary>
    public Tlp? Tlp { get; set; }
    /// <summary>The requirements.</summary>
    public required List<Clause> Clauses { get; set; }
}

/// <summary>A published version of a standard.</summary>
public sealed class StandardVersion : ContentNode
{
    /// <summary>Version number.</summary>
    public required string Version { get; set; }
    /// <summary>Status of that version.</summary>
    public required StandardStatus Status { get; set; }
    /// <summary>Publication date.</summary>
    public required DateOnly Date { get; set; }
    /// <summary>What changed.</summary>
    public string? Changes { get; set; }
}

/// <summary>A requirement of a standard.</summary>
public sealed class Clause : ContentNode
{
    /// <summary>Stable id, unique across all standards, e.g. `cks-03`.</summary>
    [Description("Stable id, unique across all standards, never reused, e.g. cks-03.")]
    public required string Id { get; set; }
    /// <summary>Short title.</summary>
    public required string Title { get; set; }
    /// <summary>The requirement text.</summary>
    [MaxTextLength(4000)]
    public required string Text { get; set; }
    /// <summary>Normative level.</summary>
    public required NormativeLevel Level { get; set; }
    /// <summary>Topic ids.</summary>
    [References("topic")]
    public required List<string> Topics { get; set; }
    /// <summary>Public standards the clause relates to.</summary>
    public List<ExternalReference> References { get; set; } = [];
    /// <summary>Active or withdrawn.</summary>
    public ClauseStatus Status { get; set; } = ClauseStatus.Active;
    /// <summary>Version of the standard that introduced the clause.</summary>
    public string? Since { get; set; }
}

/// <summary>A reference to a public standard or recommendation.</summary>
public sealed class ExternalReference : ContentNode
{
    /// <summary>Issuer or framework, e.g. `FATF`, `interVASP`, `CCSS`, `ISO`.</summary>
    public required string Framework { get; set; }
    /// <summary>Item within it, e.g. `R.16`, `IVMS101`, `24165-1`.</summary>
    public required string Ref { get; set; }
    /// <summary>Where to read it (https).</summary>
    public string? Url { get; set; }
}
