using RegKnowledge.Model.Configuration;
using RegKnowledge.Model.Engagements;
using RegKnowledge.Model.Governance;
using RegKnowledge.Model.Guidance;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Model.Mappings;
using RegKnowledge.Model.Standards;
using RegKnowledge.Model.Taxonomy;

namespace RegKnowledge.Model;

/// <summary>Everything read from a content folder, each kind sorted by id (ordinal) so later stages are deterministic.</summary>
public sealed class ContentSet
{
    /// <summary>The content folder it was read from.</summary>
    public required string Root { get; init; }
    /// <summary>Site settings and audiences; null when the file failed to load.</summary>
    public SiteConfig? Site { get; init; }
    /// <summary>The taxonomy; null when the file failed to load.</summary>
    public TaxonomyFile? Taxonomy { get; init; }
    /// <summary>Jurisdictions.</summary>
    public IReadOnlyList<Jurisdiction> Jurisdictions { get; init; } = [];
    /// <summary>Consortium standards.</summary>
    public IReadOnlyList<Standard> Standards { get; init; } = [];
    /// <summary>Mapping files.</summary>
    public IReadOnlyList<MappingSet> MappingSets { get; init; } = [];
    /// <summary>Guidance articles.</summary>
    public IReadOnlyList<GuidanceArticle> Guidance { get; init; } = [];
    /// <summary>Engagements.</summary>
    public IReadOnlyList<Engagement> Engagements { get; init; } = [];
    /// <summary>Council, committees, working groups, secretariat.</summary>
    public IReadOnlyList<GoverningBody> Governance { get; init; } = [];
}
