using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Model.Taxonomy;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Packs.Composition;

/// <summary>What every section composer of one pack shares: the recipient-filtered graph, the scope, the source numbering and the
/// running maximum of the labels of everything included (the document's label).</summary>
internal sealed class PackContext
{
    private readonly Dictionary<string, StanceLevelView> levels = new(StringComparer.Ordinal);

    public PackContext(KnowledgeGraph graph, Jurisdiction jurisdiction, RecipientScope recipient, IReadOnlyList<string> topics, string contentVersion)
    {
        Graph = graph;
        Jurisdiction = jurisdiction;
        Recipient = recipient;
        Topics = topics;
        ContentVersion = contentVersion;
        Label = graph.LabelOf(jurisdiction);
        var assessed = graph.Taxonomy.StanceScale.Where(l => l.Assessed).ToList();
        for (var i = 0; i < assessed.Count; i++)
        {
            // The site's six colour steps, spread over the scale in order, so a level looks the same in the pack and on the site.
            var step = assessed.Count == 1 ? 5 : (int)Math.Round(i * 5.0 / (assessed.Count - 1), MidpointRounding.AwayFromZero);
            levels[assessed[i].Id] = View(assessed[i], "lvl-" + PackText.Number(step));
        }

        foreach (var level in graph.Taxonomy.StanceScale.Where(l => !l.Assessed))
        {
            levels[level.Id] = View(level, "lvl-na");
        }

        NotAssessed = levels.TryGetValue("not-assessed", out var defined)
            ? defined
            : new StanceLevelView("not-assessed", "Not assessed", "Not yet reviewed by a working group.", "lvl-na", false);
    }

    public KnowledgeGraph Graph { get; }
    public Jurisdiction Jurisdiction { get; }
    public RecipientScope Recipient { get; }
    /// <summary>Topic ids the pack is limited to; empty for all.</summary>
    public IReadOnlyList<string> Topics { get; }
    public string ContentVersion { get; }
    public SourceRegister Sources { get; } = new();
    public DateOnly Today => Graph.Clock.Today;
    public StanceLevelView NotAssessed { get; }

    /// <summary>Highest label of anything included so far.</summary>
    public Tlp Label { get; private set; }

    /// <summary>Records that content carrying <paramref name="label"/> is in the pack.</summary>
    public void Include(Tlp label) => Label = label > Label ? label : Label;

    public bool InScope(IEnumerable<string> topicIds) => Topics.Count == 0 || topicIds.Any(t => Topics.Contains(t, StringComparer.Ordinal));

    public IEnumerable<Topic> TopicsInScope => Graph.Taxonomy.Topics.Where(t => InScope([t.Id]));

    public StanceLevelView Level(string? id) => id is not null && levels.TryGetValue(id, out var view) ? view : NotAssessed;

    public IEnumerable<StanceLevelView> Levels => Graph.Taxonomy.StanceScale.Select(l => levels[l.Id]);

    /// <summary>Absolute address of a site page (<see cref="SiteUrls"/>) under the configured base URL.</summary>
    public string SiteUrl(string relative) => Graph.Site.BaseUrl.TrimEnd('/') + "/" + relative;

    public Link SiteLink(string relative, string text) => new(SiteUrl(relative), text);

    public string TopicName(string id) => Graph.TopicById.TryGetValue(id, out var topic) ? topic.Name : id;

    public string RegulatorName(string id) => Graph.RegulatorById.TryGetValue(id, out var r) ? r.Regulator.Name : id;

    private static StanceLevelView View(StanceLevel level, string cssClass) => new(level.Id, level.Label, level.Description, cssClass, level.Assessed);
}
