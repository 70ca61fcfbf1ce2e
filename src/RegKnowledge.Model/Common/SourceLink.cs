using System.ComponentModel;

namespace RegKnowledge.Model.Common;

/// <summary>A primary source a claim rests on.</summary>
public sealed class SourceLink : ContentNode
{
    /// <summary>Absolute https URL of the regulator, legislature or official journal page.</summary>
    [Description("Absolute https URL of the primary source (regulator, legislature or official journal).")]
    public required string Url { get; set; }

    /// <summary>Title of the source as published.</summary>
    [Description("Title of the source as published.")]
    public required string Title { get; set; }

    /// <summary>Optional short verbatim quote; keep it short and cited.</summary>
    [Description("Optional short verbatim quote from the source.")]
    [MaxTextLength(400)]
    public string? Quote { get; set; }
}
