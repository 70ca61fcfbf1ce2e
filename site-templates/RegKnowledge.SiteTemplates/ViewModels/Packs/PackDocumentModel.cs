namespace RegKnowledge.SiteTemplates.ViewModels.Packs;

/// <summary>A briefing pack as its template renders it: document metadata, cover, summary, contents, sections and appendices.
/// Every sentence about the regime, the mappings or our engagement comes from content; the templates add headings and labels only.</summary>
public sealed record PackDocumentModel
{
    public required PackMeta Meta { get; init; }
    public required PackCover Cover { get; init; }
    public required PackSummary Summary { get; init; }
    /// <summary>Table of contents; page numbers are filled in on the second print pass and absent in the HTML pack.</summary>
    public required IReadOnlyList<PackTocEntry> Toc { get; init; }
    public required PackRegime Regime { get; init; }
    public required PackAlignment Alignment { get; init; }
    public required PackEngagement Engagement { get; init; }
    public required PackGuidance Guidance { get; init; }
    public required PackAppendices Appendices { get; init; }
}

/// <summary>What goes into the document head: &lt;title&gt;, author, description (the PDF subject), keywords, the inlined stylesheet
/// and its CSP hash (the pack is one self-contained file that loads nothing).</summary>
public sealed record PackMeta(string Title, string Author, string Subject, string Keywords, string Stylesheet, string StyleHash);

/// <summary>A line of the table of contents: "3.1 Travel Rule Standard ...... 7".</summary>
public sealed record PackTocEntry(string Anchor, string Number, string Text, int Level, int? Page = null)
{
    /// <summary>The heading as printed, e.g. "3.1 Travel Rule Standard"; the page-number search looks for exactly this text.</summary>
    public string Heading => Number.Length == 0 ? Text : $"{Number} {Text}";
}

/// <summary>A term and what it means (glossary entries, methodology definitions).</summary>
public sealed record PackTerm(string Term, string Meaning);
