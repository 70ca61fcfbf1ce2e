using RegKnowledge.Model.Engagements;

namespace RegKnowledge.Workflow.Diff;

/// <summary>Engagements (consultations opened, deadlines moved, responses), guidance articles and governing bodies.</summary>
internal static class ActivityChanges
{
    public static IEnumerable<ContentChange> Describe(DiffInputs inputs)
    {
        var engagements = ItemMatcher.Match(inputs.Before.Engagements, inputs.After.Engagements, e => e.Id,
            inputs.RenamesIn("engagements"), ChangeBuilder.AlikeButId);
        foreach (var pair in engagements)
        {
            var change = ChangeBuilder.From(ChangeArea.Engagements, pair, e => e.Id, e => $"{e.Title} ({e.Regulator})",
                Opened, _ => "removed", EngagementPhrases);
            if (change is not null) yield return change;
        }

        var guidance = ItemMatcher.Match(inputs.Before.Guidance, inputs.After.Guidance, g => g.Id,
            inputs.RenamesIn("guidance"), ChangeBuilder.AlikeButId);
        foreach (var pair in guidance)
        {
            var change = ChangeBuilder.From(ChangeArea.Guidance, pair, g => g.Id, g => g.Title,
                g => $"added ({ContentText.Format(g.Status)})", _ => "removed",
                (a, b) => FieldChanges.Compare(a, b, ["id"], "status", "updated", "title", "summary", "body", "topics", "jurisdictions", "related_clauses", "owner", "published", "tlp"));
            if (change is not null) yield return change;
        }

        var bodies = ItemMatcher.Match(inputs.Before.Governance, inputs.After.Governance, b => b.Id,
            inputs.RenamesIn("governance"), ChangeBuilder.AlikeButId);
        foreach (var pair in bodies)
        {
            var change = ChangeBuilder.From(ChangeArea.Governance, pair, b => b.Id, b => b.Name,
                b => $"added ({ContentText.Format(b.Kind)})", _ => "removed",
                (a, b) => FieldChanges.Compare(a, b, ["id"], "name", "kind", "parent", "chair"));
            if (change is not null) yield return change;
        }
    }

    private static string Opened(Engagement e) => e.Kind == EngagementKind.Consultation
        ? $"consultation opened {ContentText.Format(e.Opened)}" + (e.Closes is { } closes ? $", closes {ContentText.Format(closes)}" : "")
        : $"{ContentText.Format(e.Kind)} added ({ContentText.Format(e.Opened)})";

    private static List<string> EngagementPhrases(Engagement before, Engagement after)
    {
        var phrases = new List<string>();
        if (before.Closes is { } oldDeadline && after.Closes is { } newDeadline && oldDeadline != newDeadline)
        {
            phrases.Add($"deadline moved {ContentText.Format(oldDeadline)} → {ContentText.Format(newDeadline)}");
        }

        var skip = phrases.Count > 0 ? new[] { "id", "closes" } : ["id"];
        phrases.AddRange(FieldChanges.Compare(before, after, skip,
            "closes", "response_status", "outcome", "outcome_date", "response_url", "position", "opened", "title", "kind", "tlp"));
        return phrases;
    }
}
