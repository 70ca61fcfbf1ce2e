using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Text;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Model.Taxonomy;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The graph plus what every page builder shares: stance level views, labels, link helpers.</summary>
internal sealed class SiteContext
{
    private readonly Dictionary<string, StanceLevelView> levels = new(StringComparer.Ordinal);

    public SiteContext(KnowledgeGraph graph, SiteBuildOptions options)
    {
        Graph = graph;
        Options = options;
        Today = graph.Clock.Today;
        var assessed = graph.Taxonomy.StanceScale.Where(l => l.Assessed).ToList();
        for (var i = 0; i < assessed.Count; i++)
        {
            // Six colour steps in the stylesheet; a longer scale is spread over them in order.
            var step = assessed.Count == 1 ? 5 : (int)Math.Round(i * 5.0 / (assessed.Count - 1), MidpointRounding.AwayFromZero);
            levels[assessed[i].Id] = View(assessed[i], $"lvl-{DisplayText.Number(step)}");
        }

        foreach (var level in graph.Taxonomy.StanceScale.Where(l => !l.Assessed))
        {
            levels[level.Id] = View(level, "lvl-na");
        }

        NotAssessed = graph.Taxonomy.StanceScale.FirstOrDefault(l => l.Id == "not-assessed") is { } defined
            ? levels[defined.Id]
            : new StanceLevelView("not-assessed", "Not assessed", "Not yet reviewed by a working group.", "lvl-na", false);
        Legend = graph.Taxonomy.StanceScale.Select(l => levels[l.Id]).ToList();
    }

    public KnowledgeGraph Graph { get; }
    public SiteBuildOptions Options { get; }
    public DateOnly Today { get; }

    /// <summary>The level shown where a jurisdiction has no stance on a topic.</summary>
    public StanceLevelView NotAssessed { get; }

    /// <summary>Every level in scale order.</summary>
    public IReadOnlyList<StanceLevelView> Legend { get; }

    public IReadOnlyList<Topic> Topics => Graph.Taxonomy.Topics;

    public StanceLevelView Level(string? id) => id is not null && levels.TryGetValue(id, out var view) ? view : NotAssessed;

    public StanceLevelView LevelOf(Jurisdiction jurisdiction, string topicId) => Graph.StanceOf(jurisdiction, topicId) is { } stance ? Level(stance.Level) : NotAssessed;

    public static Badge TlpBadge(Tlp tlp) => new(TlpText.Label(tlp), "tlp-" + DisplayText.Kebab(tlp), TlpMeaning(tlp));

    public string TopicName(string id) => Graph.TopicById.TryGetValue(id, out var topic) ? topic.Name : id;

    public string JurisdictionName(string id) => Graph.JurisdictionById.TryGetValue(id, out var j) ? j.Name : id;

    public string RegulatorName(string id) => Graph.RegulatorById.TryGetValue(id, out var r) ? r.Regulator.Name : id;

    public string BodyName(string id) => Graph.GovernanceById.TryGetValue(id, out var b) ? b.Name : id;

    private static StanceLevelView View(StanceLevel level, string cssClass) => new(level.Id, level.Label, level.Description, cssClass, level.Assessed);

    private static string TlpMeaning(Tlp tlp) => tlp switch
    {
        Tlp.Clear => "May be shared publicly.",
        Tlp.Green => "Consortium members only; not for public channels.",
        Tlp.Amber => "Consortium staff on a need-to-know basis.",
        Tlp.AmberStrict => "The recipient organisation only.",
        _ => "Named recipients only.",
    };
}
