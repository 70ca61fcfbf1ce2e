using RegKnowledge.Model.Common;

namespace RegKnowledge.Model.Governance;

/// <summary>Kind of body in the consortium's governance.</summary>
public enum BodyKind
{
    /// <summary>The governing council.</summary>
    Council,
    /// <summary>A technical committee overseeing working groups.</summary>
    TechnicalCommittee,
    /// <summary>A working group that owns standards and guidance.</summary>
    WorkingGroup,
    /// <summary>The secretariat (staff).</summary>
    Secretariat,
}

/// <summary>A council, committee, working group or the secretariat. One file per body.</summary>
public sealed class GoverningBody : ContentNode
{
    /// <summary>Stable id, equals the file name, e.g. `wg-custody`.</summary>
    public required string Id { get; set; }
    /// <summary>Display name.</summary>
    public required string Name { get; set; }
    /// <summary>Kind.</summary>
    public required BodyKind Kind { get; set; }
    /// <summary>The body it reports to.</summary>
    [References("governance")]
    public string? Parent { get; set; }
    /// <summary>What it is responsible for.</summary>
    [MaxTextLength(2000)]
    public required string Remit { get; set; }
    /// <summary>Chair (a role or name as published).</summary>
    public string? Chair { get; set; }
    /// <summary>Topic ids it leads on.</summary>
    [References("topic")]
    public List<string> Topics { get; set; } = [];
    /// <summary>Contact address.</summary>
    public string? Contact { get; set; }
    /// <summary>TLP label; defaults to the taxonomy's governance default.</summary>
    public Tlp? Tlp { get; set; }
}
