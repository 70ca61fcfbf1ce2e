using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Configuration;
using RegKnowledge.Model.Jurisdictions;

namespace RegKnowledge.Packs.Composition;

/// <summary>Who a pack is addressed to and the most restrictive label it may carry.</summary>
/// <param name="Name">"Monetary Authority of Singapore", or "United Kingdom regulators" for a pack to all of them.</param>
/// <param name="Regulators">The addressees; engagement is reported for these only.</param>
/// <param name="RecipientCeiling">The lowest clearance among the addressees (<see cref="SiteConfig.Recipients"/> or the default).</param>
/// <param name="Ceiling">What the pack may contain: the lower of the recipient's clearance and the build audience's ceiling.</param>
internal sealed record RecipientScope(string Name, IReadOnlyList<Regulator> Regulators, Tlp RecipientCeiling, Tlp Ceiling)
{
    /// <summary>The single addressee's id (for the pack id), or null for a pack to several regulators.</summary>
    public string? SingleRegulatorId => Regulators.Count == 1 ? Regulators[0].Id : null;

    public bool Addresses(string regulatorId) => Regulators.Any(r => r.Id == regulatorId);

    /// <summary>The scope of a pack for <paramref name="jurisdiction"/> (one regulator, or all), read from the unfiltered jurisdiction so the recipient is known even when
    /// parts of it are labelled above the ceiling.</summary>
    public static RecipientScope Resolve(KnowledgeGraph graph, Jurisdiction jurisdiction, string? regulatorId)
    {
        var site = graph.Site;
        Tlp ClearanceOf(string id) => site.Recipients.FirstOrDefault(r => r.Regulator == id)?.Ceiling ?? site.DefaultRecipientCeiling;

        IReadOnlyList<Regulator> addressees;
        string name;
        if (regulatorId is not null)
        {
            var regulator = jurisdiction.Regulators.FirstOrDefault(r => r.Id == regulatorId)
                ?? throw new PackRequestException($"'{regulatorId}' is not a regulator of {jurisdiction.Name}; its regulators are: "
                    + string.Join(", ", jurisdiction.Regulators.Select(r => r.Id)));
            addressees = [regulator];
            name = regulator.Name;
        }
        else
        {
            addressees = jurisdiction.Regulators;
            name = addressees.Count == 1 ? addressees[0].Name : $"{jurisdiction.Name} regulators";
        }

        // A pack to several regulators goes to all of them: it may only hold what every one of them may receive.
        var clearance = addressees.Count == 0 ? site.DefaultRecipientCeiling : addressees.Min(r => ClearanceOf(r.Id));
        var ceiling = (Tlp)Math.Min((int)clearance, (int)graph.Audience.Ceiling);
        return new RecipientScope(name, addressees, clearance, ceiling);
    }

    /// <summary>The graph the pack is built from: the build's content filtered again at <see cref="Ceiling"/>, so nothing above the
    /// recipient's clearance is even in memory while the pack is composed.</summary>
    public KnowledgeGraph Filter(KnowledgeGraph graph) =>
        KnowledgeGraph.Build(graph.Content, new Audience { Id = graph.Audience.Id, Description = graph.Audience.Description, Ceiling = Ceiling }, graph.Clock);
}
