using RegKnowledge.Model.Common;

namespace RegKnowledge.Model.Configuration;

/// <summary>Settings of the knowledge base: names, repository link, audiences. File `config/site.yaml`.</summary>
public sealed class SiteConfig : ContentNode
{
    /// <summary>The consortium's name as shown on every page and pack cover.</summary>
    public required string Consortium { get; set; }
    /// <summary>Short name or acronym.</summary>
    public required string ShortName { get; set; }
    /// <summary>Repository web URL used for "edit this on GitHub" links.</summary>
    public required string RepositoryUrl { get; set; }
    /// <summary>Branch the edit links point at.</summary>
    public string EditBranch { get; set; } = "main";
    /// <summary>Absolute URL the public site is served from (for sitemap and feed); https.</summary>
    public required string BaseUrl { get; set; }
    /// <summary>Audience built when none is named.</summary>
    public required string DefaultAudience { get; set; }
    /// <summary>Who may read which builds.</summary>
    public required List<Audience> Audiences { get; set; }
    /// <summary>Per-regulator ceilings for briefing packs.</summary>
    public List<RecipientCeiling> Recipients { get; set; } = [];
    /// <summary>Ceiling for a regulator without an entry.</summary>
    public Tlp DefaultRecipientCeiling { get; set; } = Tlp.Clear;
}

/// <summary>A class of reader and the most restrictive label it may see.</summary>
public sealed class Audience : ContentNode
{
    /// <summary>Id, e.g. `public`, `members`, `staff`.</summary>
    public required string Id { get; set; }
    /// <summary>Description.</summary>
    public required string Description { get; set; }
    /// <summary>Highest label included.</summary>
    public required Tlp Ceiling { get; set; }
}

/// <summary>Ceiling for one regulator's briefing packs.</summary>
public sealed class RecipientCeiling : ContentNode
{
    /// <summary>Regulator id.</summary>
    [References("regulator")]
    public required string Regulator { get; set; }
    /// <summary>Highest label included in packs for that regulator.</summary>
    public required Tlp Ceiling { get; set; }
}
