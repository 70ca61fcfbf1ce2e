using RegKnowledge.Model.Common;

namespace RegKnowledge.Model.Engagements;

/// <summary>What kind of contact with a regulator.</summary>
public enum EngagementKind
{
    /// <summary>A public consultation.</summary>
    Consultation,
    /// <summary>A letter the consortium sent or received.</summary>
    Letter,
    /// <summary>A meeting or round table.</summary>
    Meeting,
}

/// <summary>The consortium's response status.</summary>
public enum ResponseStatus
{
    /// <summary>Watching; no response planned yet.</summary>
    Monitoring,
    /// <summary>Response being drafted.</summary>
    Drafting,
    /// <summary>Response submitted (or meeting held, letter sent).</summary>
    Submitted,
    /// <summary>Decided not to respond.</summary>
    Declined,
}

/// <summary>A consultation, letter or meeting. One file per engagement.</summary>
public sealed class Engagement : ContentNode
{
    /// <summary>Stable id, equals the file name.</summary>
    public required string Id { get; set; }
    /// <summary>Kind.</summary>
    public required EngagementKind Kind { get; set; }
    /// <summary>Title as the regulator published it (or a plain description).</summary>
    public required string Title { get; set; }
    /// <summary>Jurisdiction id.</summary>
    [References("jurisdiction")]
    public required string Jurisdiction { get; set; }
    /// <summary>Regulator id.</summary>
    [References("regulator")]
    public required string Regulator { get; set; }
    /// <summary>The regulator's reference, e.g. `CP25/14`.</summary>
    public string? Reference { get; set; }
    /// <summary>Official page (https).</summary>
    public string? Url { get; set; }
    /// <summary>Date opened (consultation), sent (letter) or held (meeting).</summary>
    public required DateOnly Opened { get; set; }
    /// <summary>Deadline for responses (consultations).</summary>
    public DateOnly? Closes { get; set; }
    /// <summary>Our response status.</summary>
    public required ResponseStatus ResponseStatus { get; set; }
    /// <summary>Our position in two to four sentences.</summary>
    [MaxTextLength(3000)]
    public string? Position { get; set; }
    /// <summary>Our published response (https).</summary>
    public string? ResponseUrl { get; set; }
    /// <summary>What came of it.</summary>
    [MaxTextLength(3000)]
    public string? Outcome { get; set; }
    /// <summary>When the outcome was known.</summary>
    public DateOnly? OutcomeDate { get; set; }
    /// <summary>Topic ids.</summary>
    [References("topic")]
    public required List<string> Topics { get; set; }
    /// <summary>Lead working group id.</summary>
    [References("governance")]
    public required string Lead { get; set; }
    /// <summary>Internal notes (e.g. from a meeting); labelled separately, AMBER by default.</summary>
    [MaxTextLength(5000)]
    public string? InternalNotes { get; set; }
    /// <summary>Label of the internal notes.</summary>
    public Tlp? InternalNotesTlp { get; set; }
    /// <summary>TLP label; defaults to the taxonomy's engagement default.</summary>
    public Tlp? Tlp { get; set; }
}
