using RegKnowledge.Model.Common;
using RegKnowledge.Model.Configuration;
using RegKnowledge.Model.Engagements;
using RegKnowledge.Model.Governance;
using RegKnowledge.Model.Guidance;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Model.Mappings;
using RegKnowledge.Model.Standards;
using RegKnowledge.Model.Taxonomy;

namespace RegKnowledge.Content.Load;

/// <summary>Where each content kind lives and what its files hold. The single list the loader, schema generator and scaffolder share.</summary>
public sealed record ContentKind(string Name, string Folder, Type ModelType, bool OneFilePerItem, string? SingleFile = null)
{
    /// <summary>Schema file name under content/schema/.</summary>
    public string SchemaFile => $"{Name}.schema.json";

    /// <summary>Every kind, in pipeline order.</summary>
    public static IReadOnlyList<ContentKind> All { get; } =
    [
        new("site", "config", typeof(SiteConfig), false, "site.yaml"),
        new("taxonomy", "taxonomy", typeof(TaxonomyFile), false, "taxonomy.yaml"),
        new("governance", "governance", typeof(GoverningBody), true),
        new("jurisdiction", "jurisdictions", typeof(Jurisdiction), true),
        new("standard", "standards", typeof(Standard), true),
        new("mapping", "mappings", typeof(MappingSet), false),
        new("guidance", "guidance", typeof(GuidanceArticle), true),
        new("engagement", "engagements", typeof(Engagement), true),
    ];

    /// <summary>Reads the id of an item of this kind, for kinds whose file holds one item.</summary>
    public static string? IdOf(ContentNode node) => node switch
    {
        GoverningBody b => b.Id,
        Jurisdiction j => j.Id,
        Standard s => s.Id,
        GuidanceArticle g => g.Id,
        Engagement e => e.Id,
        _ => null,
    };
}
