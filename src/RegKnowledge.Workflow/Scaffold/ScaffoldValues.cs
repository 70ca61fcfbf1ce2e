using RegKnowledge.Model;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Engagements;
using RegKnowledge.Model.Governance;
using RegKnowledge.Model.Guidance;
using RegKnowledge.Model.Mappings;
using RegKnowledge.Model.Standards;

namespace RegKnowledge.Workflow.Scaffold;

/// <summary>Placeholder values per kind that pass validation as written: references point at ids that exist in the content
/// (marked TODO), text says TODO, dates are today, and the item starts staff-only so a half-written file is never published.</summary>
internal sealed class ScaffoldValues(ContentSet content, DateOnly today)
{
    private static readonly Todo StaffOnly = new(Tlp.Amber, "new content starts staff-only; delete this line once reviewed to use the default label");

    public ScaffoldFields Jurisdiction(string id) => new()
    {
        ["id"] = id,
        ["name"] = new Todo("TODO", "the name shown on the site, e.g. Singapore"),
        ["region"] = Pick(content.Taxonomy?.Regions.Select(r => r.Id), "region"),
        ["summary"] = "TODO: two to four sentences on the regime as a whole.",
        ["tlp"] = StaffOnly,
    };

    public ScaffoldFields Standard(string id) => new()
    {
        ["id"] = id,
        ["title"] = "TODO: full title",
        ["version"] = "0.1.0",
        ["status"] = StandardStatus.Draft,
        ["owner"] = Pick(WorkingGroups(), "owning working group"),
        ["summary"] = "TODO: what the standard is for, a short paragraph.",
        ["published"] = new Todo(today, "date the current version was published"),
        ["tlp"] = StaffOnly,
        ["clauses"] = new List<ScaffoldFields>
        {
            new()
            {
                ["id"] = id + "-01",
                ["title"] = "TODO: short title",
                ["text"] = "TODO: the requirement, using MUST, SHOULD or MAY.",
                ["level"] = NormativeLevel.Must,
                ["topics"] = new Todo(FirstOr(content.Taxonomy?.Topics.Select(t => t.Id), "todo-topic"), "topic ids from the taxonomy"),
            },
        },
    };

    public ScaffoldFields Guidance(string id) => new()
    {
        ["id"] = id,
        ["title"] = "TODO: title",
        ["summary"] = "TODO: one or two sentences shown in lists and packs.",
        ["topics"] = new Todo(FirstOr(content.Taxonomy?.Topics.Select(t => t.Id), "todo-topic"), "topic ids from the taxonomy"),
        ["owner"] = Pick(WorkingGroups(), "owning working group"),
        ["status"] = new Todo(GuidanceStatus.Draft, "drafts are shown to staff only; set published when ready"),
        ["published"] = today,
        ["body"] = "TODO: write the article in Markdown.\n\n## First section\n\nText.\n",
    };

    public ScaffoldFields Engagement(string id)
    {
        // "mas-consultation-2027" most likely concerns the regulator "mas": start from it when it exists.
        var regulators = content.Jurisdictions.SelectMany(j => j.Regulators.Select(r => (Jurisdiction: j.Id, Regulator: r.Id)))
            .OrderBy(x => x.Regulator, StringComparer.Ordinal).ToList();
        var guess = regulators.FirstOrDefault(x => id.StartsWith(x.Regulator + "-", StringComparison.Ordinal));
        if (guess.Regulator is null && regulators.Count > 0) guess = regulators[0];
        return new ScaffoldFields
        {
            ["id"] = id,
            ["kind"] = new Todo(EngagementKind.Consultation, "consultation, letter or meeting"),
            ["title"] = "TODO: title as the regulator published it",
            ["jurisdiction"] = new Todo(guess.Jurisdiction ?? "todo-jurisdiction", "jurisdiction id"),
            ["regulator"] = new Todo(guess.Regulator ?? "todo-regulator", "regulator id of that jurisdiction"),
            ["opened"] = new Todo(today, "date opened, sent or held"),
            ["closes"] = new Todo(today.AddDays(30), "response deadline (consultations); delete for letters and meetings"),
            ["response_status"] = ResponseStatus.Monitoring,
            ["topics"] = new Todo(FirstOr(content.Taxonomy?.Topics.Select(t => t.Id), "todo-topic"), "topic ids from the taxonomy"),
            ["lead"] = Pick(WorkingGroups(), "lead working group"),
            ["tlp"] = StaffOnly,
        };
    }

    /// <summary>One placeholder mapping per active clause: "no relationship, gap, low confidence" until someone compares the texts.</summary>
    public ScaffoldFields Mapping(Standard standard, string jurisdictionId)
    {
        var clauses = standard.Clauses.Where(c => c.Status == ClauseStatus.Active).ToList();
        return new ScaffoldFields
        {
            ["standard"] = standard.Id,
            ["standard_version"] = standard.Version,
            ["jurisdiction"] = jurisdictionId,
            ["tlp"] = StaffOnly,
            ["mappings"] = clauses.Select(c => new ScaffoldFields
            {
                ["clause"] = c.Id,
                ["relationship"] = new Todo(Relationship.NoRelationship, "compare with the local rules: equal, subset-of, superset-of, intersects-with"),
                ["basis"] = MappingBasis.Semantic,
                ["strength"] = 0,
                ["confidence"] = Confidence.Low,
                ["alignment"] = Alignment.Gap,
                ["rationale"] = $"TODO: compare {c.Id} ({c.Title}) with the local rules and name the provision.",
                ["reviewer"] = standard.Owner,
                ["reviewed_on"] = today,
            }).ToList(),
        };
    }

    private IEnumerable<string> WorkingGroups() =>
        content.Governance.Where(b => b.Kind == BodyKind.WorkingGroup).Select(b => b.Id)
            .Concat(content.Governance.Select(b => b.Id));

    /// <summary>An existing id (so the file validates) flagged TODO with the choices, or a placeholder that fails validation when none exist.</summary>
    private static Todo Pick(IEnumerable<string>? ids, string what)
    {
        var options = (ids ?? []).Distinct().ToList();
        if (options.Count == 0)
        {
            return new Todo($"todo-{what.Split(' ')[^1]}", $"no {what} exists yet; add one first");
        }

        var shown = options.Order(StringComparer.Ordinal).Take(8).ToList();
        return new Todo(options[0], $"{what}; one of: {string.Join(", ", shown)}{(options.Count > shown.Count ? ", …" : "")}");
    }

    private static List<string> FirstOr(IEnumerable<string>? ids, string fallback) => [ids?.FirstOrDefault() ?? fallback];
}
