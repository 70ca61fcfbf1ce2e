using System.ComponentModel;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Model.Taxonomy;

/// <summary>The shared vocabulary: topics, regions, the stance scale, synonyms, glossary and policy defaults.</summary>
public sealed class TaxonomyFile : ContentNode
{
    /// <summary>Subjects every jurisdiction is assessed on.</summary>
    [Description("Subjects every jurisdiction is assessed on, e.g. licensing, stablecoins.")]
    public required List<Topic> Topics { get; set; }

    /// <summary>Regions used to group jurisdictions.</summary>
    public required List<Region> Regions { get; set; }

    /// <summary>Stance levels, in order from most restrictive to most established; include `unknown` and `not-assessed`.</summary>
    [Description("Ordered stance levels, most restrictive first. Levels with assessed: false (unknown, not-assessed) are kept apart from `none`.")]
    public required List<StanceLevel> StanceScale { get; set; }

    /// <summary>Groups of words and phrases search treats as the same (spelling variants, acronyms and expansions).</summary>
    [Description("Each group lists words or phrases that search treats as equivalent, e.g. [vasp, virtual asset service provider].")]
    public List<SynonymGroup> Synonyms { get; set; } = [];

    /// <summary>Acronyms and terms explained in briefing packs and on the site.</summary>
    public List<GlossaryEntry> Glossary { get; set; } = [];

    /// <summary>Default TLP label per content kind and per sensitive field.</summary>
    [Description("Default TLP label per content kind (jurisdiction, standard, mapping, guidance, engagement, governance) and sensitive field (engagement-notes, mapping-draft-rationale).")]
    public required TlpDefaults TlpDefaults { get; set; }

    /// <summary>How often each kind of fact must be reviewed before it is reported stale.</summary>
    public required ReviewCycles ReviewCycles { get; set; }
}

/// <summary>A subject of regulation.</summary>
public sealed class Topic : ContentNode
{
    /// <summary>Stable id, e.g. `stablecoins`.</summary>
    public required string Id { get; set; }
    /// <summary>Display name.</summary>
    public required string Name { get; set; }
    /// <summary>What the topic covers, one or two sentences.</summary>
    public required string Description { get; set; }
}

/// <summary>A group of jurisdictions.</summary>
public sealed class Region : ContentNode
{
    /// <summary>Stable id, e.g. `europe`.</summary>
    public required string Id { get; set; }
    /// <summary>Display name.</summary>
    public required string Name { get; set; }
}

/// <summary>One step of the stance scale.</summary>
public sealed class StanceLevel : ContentNode
{
    /// <summary>Stable id, e.g. `regulated`.</summary>
    public required string Id { get; set; }
    /// <summary>Short label shown beside the colour.</summary>
    public required string Label { get; set; }
    /// <summary>What the level means.</summary>
    public required string Description { get; set; }
    /// <summary>False for `unknown` and `not-assessed`: no claim about the regime is made.</summary>
    public bool Assessed { get; set; } = true;
}

/// <summary>Words or phrases that mean the same thing to a searcher.</summary>
public sealed class SynonymGroup : ContentNode
{
    /// <summary>The equivalent terms; phrases allowed.</summary>
    public required List<string> Terms { get; set; }
}

/// <summary>A glossary entry.</summary>
public sealed class GlossaryEntry : ContentNode
{
    /// <summary>The term or acronym, e.g. `CASP`.</summary>
    public required string Term { get; set; }
    /// <summary>Plain-language meaning.</summary>
    public required string Definition { get; set; }
}

/// <summary>Default labels; an item or field may set a stricter one.</summary>
public sealed class TlpDefaults : ContentNode
{
    /// <summary>Default for jurisdictions and their stances.</summary>
    public Tlp Jurisdiction { get; set; } = Tlp.Clear;
    /// <summary>Default for standards and clauses.</summary>
    public Tlp Standard { get; set; } = Tlp.Clear;
    /// <summary>Default for mappings.</summary>
    public Tlp Mapping { get; set; } = Tlp.Green;
    /// <summary>Default for guidance articles.</summary>
    public Tlp Guidance { get; set; } = Tlp.Green;
    /// <summary>Default for engagements.</summary>
    public Tlp Engagement { get; set; } = Tlp.Green;
    /// <summary>Default for governance bodies.</summary>
    public Tlp Governance { get; set; } = Tlp.Clear;
    /// <summary>Default for an engagement's internal notes.</summary>
    public Tlp EngagementNotes { get; set; } = Tlp.Amber;
    /// <summary>Default for a mapping's draft rationale.</summary>
    public Tlp MappingDraftRationale { get; set; } = Tlp.Amber;
}

/// <summary>Review cycles in days.</summary>
public sealed class ReviewCycles : ContentNode
{
    /// <summary>Days after a stance's as-of date before it is reported stale.</summary>
    public int StanceDays { get; set; } = 365;
    /// <summary>Days after a mapping's review before it is reported stale.</summary>
    public int MappingDays { get; set; } = 365;
    /// <summary>Days after a guidance article's update before it is reported stale.</summary>
    public int GuidanceDays { get; set; } = 730;
}
