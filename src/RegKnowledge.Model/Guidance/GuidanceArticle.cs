using RegKnowledge.Model.Common;

namespace RegKnowledge.Model.Guidance;

/// <summary>Publication state of guidance.</summary>
public enum GuidanceStatus
{
    /// <summary>Work in progress; shown only to staff builds.</summary>
    Draft,
    /// <summary>Published.</summary>
    Published,
    /// <summary>Kept for reference, no longer maintained.</summary>
    Archived,
}

/// <summary>A best-practice article. One file per article.</summary>
public sealed class GuidanceArticle : ContentNode
{
    /// <summary>Stable id, equals the file name.</summary>
    public required string Id { get; set; }
    /// <summary>Title.</summary>
    public required string Title { get; set; }
    /// <summary>One or two sentences shown in lists and packs.</summary>
    [MaxTextLength(1000)]
    public required string Summary { get; set; }
    /// <summary>Topic ids.</summary>
    [References("topic")]
    public required List<string> Topics { get; set; }
    /// <summary>Jurisdiction ids it is about (empty: general).</summary>
    [References("jurisdiction")]
    public List<string> Jurisdictions { get; set; } = [];
    /// <summary>Owning working group id.</summary>
    [References("governance")]
    public required string Owner { get; set; }
    /// <summary>Publication state.</summary>
    public required GuidanceStatus Status { get; set; }
    /// <summary>First published.</summary>
    public required DateOnly Published { get; set; }
    /// <summary>Last substantive update.</summary>
    public DateOnly? Updated { get; set; }
    /// <summary>Clause ids it helps implement.</summary>
    [References("clause")]
    public List<string> RelatedClauses { get; set; } = [];
    /// <summary>TLP label; defaults to the taxonomy's guidance default.</summary>
    public Tlp? Tlp { get; set; }
    /// <summary>The article in Markdown (CommonMark; raw HTML is not rendered).</summary>
    [Markdown]
    [MaxTextLength(60_000)]
    public required string Body { get; set; }
}
