using System.Globalization;

namespace RegKnowledge.SiteTemplates.ViewModels;

/// <summary>A link whose <see cref="Href"/> is already page-relative (or an allowed absolute https URL).</summary>
public sealed record Link(string Href, string Text);

/// <summary>A date as the page shows it, with its ISO form for the <c>datetime</c> attribute.</summary>
public sealed record DateText(string Iso, string Display)
{
    /// <summary>"2026-03-01" and "1 March 2026", whatever the machine's culture (site and packs both build dates here).</summary>
    public static DateText Of(DateOnly date) => new(
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    /// <summary>The date's text, or null when there is no date.</summary>
    public static DateText? Of(DateOnly? date) => date is { } d ? Of(d) : null;
}

/// <summary>A short label and the CSS class that colours it; the text is always shown, so colour is never the only signal.</summary>
public sealed record Badge(string Text, string CssClass, string? Description = null);

/// <summary>A primary source a claim rests on; <see cref="Url"/> is null when the source's address was not safe to link.</summary>
public sealed record SourceItem(string Title, string? Url, string? Quote);

/// <summary>A count shown at a glance, e.g. "17 jurisdictions".</summary>
public sealed record Figure(string Value, string Label, string? Href);

/// <summary>A group of links under a heading (guidance by topic, history per regulator, ...).</summary>
public sealed record LinkGroup(string Heading, string? Anchor, IReadOnlyList<LinkedSummary> Items);

/// <summary>A link with a sentence under it (guidance lists, related items).</summary>
public sealed record LinkedSummary(Link Link, string? Summary, DateText? Date = null);
