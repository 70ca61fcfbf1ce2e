using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Workflow.Diff;

/// <summary>What a change did to an item.</summary>
public enum ChangeType
{
    /// <summary>New in the head.</summary>
    Added,
    /// <summary>Present in both, with different values.</summary>
    Changed,
    /// <summary>Same item under a new id (and maybe with other changes).</summary>
    Renamed,
    /// <summary>Gone from the head.</summary>
    Removed,
}

/// <summary>The kinds of things a change can touch, in the order the report shows them (most read first).</summary>
public enum ChangeArea
{
    Stances,
    Jurisdictions,
    Regulators,
    Instruments,
    Standards,
    Clauses,
    Mappings,
    Engagements,
    Guidance,
    Governance,
    Taxonomy,
    SiteSettings,
}

/// <summary>One item that changed, described by meaning: <c>Singapore / stablecoins: developing → regulated</c>.</summary>
/// <param name="Area">What kind of thing changed.</param>
/// <param name="Type">Added, changed, renamed or removed.</param>
/// <param name="Id">The item's id in the head (the base, when removed); stances are "jurisdiction/topic".</param>
/// <param name="Subject">Who or what, in words (e.g. "Singapore / stablecoins").</param>
/// <param name="Headline">The most important change in a few words (e.g. "developing → regulated").</param>
/// <param name="Details">Further changes, one phrase each.</param>
/// <param name="RenamedFrom">The id in the base when the id changed.</param>
/// <param name="File">The file in the head (or the base, when removed), relative to the content folder.</param>
public sealed record ContentChange(
    ChangeArea Area,
    ChangeType Type,
    string Id,
    string Subject,
    string Headline,
    IReadOnlyList<string> Details,
    string? RenamedFrom,
    string File);

/// <summary>A revision as shown in the report: what was asked for, and the commit it resolved to (null for the working tree).</summary>
public sealed record RevisionLabel(string Name, string? Commit)
{
    /// <summary>"main (1a2b3c4)" or "working tree".</summary>
    public override string ToString() =>
        Commit is null || Commit.StartsWith(Name, StringComparison.OrdinalIgnoreCase) ? Name : $"{Name} ({Commit[..Math.Min(7, Commit.Length)]})";
}

/// <summary>Everything <c>regk diff</c> reports: the changes by meaning, and the validation findings the change introduces.</summary>
public sealed record DiffReport(
    RevisionLabel Base,
    RevisionLabel Head,
    IReadOnlyList<ContentChange> Changes,
    IReadOnlyList<Diagnostic> IntroducedDiagnostics,
    int HeadErrors)
{
    /// <summary>Counts per area and change type, areas in report order, only areas with changes.</summary>
    public IReadOnlyList<(ChangeArea Area, int Added, int Changed, int Renamed, int Removed)> Counts() =>
        Changes.GroupBy(c => c.Area)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key,
                g.Count(c => c.Type == ChangeType.Added),
                g.Count(c => c.Type == ChangeType.Changed),
                g.Count(c => c.Type == ChangeType.Renamed),
                g.Count(c => c.Type == ChangeType.Removed)))
            .ToList();
}
