using RegKnowledge.Model.Standards;

namespace RegKnowledge.Workflow.Diff;

/// <summary>Consortium standards: version and status, history, and clauses added, withdrawn or reworded.</summary>
internal static class StandardChanges
{
    public static IEnumerable<ContentChange> Describe(DiffInputs inputs)
    {
        var pairs = ItemMatcher.Match(inputs.Before.Standards, inputs.After.Standards, s => s.Id,
            inputs.RenamesIn("standards"), ChangeBuilder.AlikeButId);
        foreach (var pair in pairs)
        {
            var change = ChangeBuilder.From(ChangeArea.Standards, pair, s => s.Id, s => $"{s.Title} ({s.Id})",
                s => $"added: version {s.Version} ({ContentText.Format(s.Status)}), {s.Clauses.Count} clauses",
                _ => "removed",
                StandardPhrases);
            if (change is not null) yield return change;
            if (pair is not { Base: { } before, Head: { } after }) continue;

            var clauses = ItemMatcher.Match(before.Clauses, after.Clauses, c => c.Id, similarity: ChangeBuilder.AlikeButId);
            foreach (var clause in clauses)
            {
                var clauseChange = ChangeBuilder.From(ChangeArea.Clauses, clause, c => c.Id, c => $"{c.Id} {FieldChanges.Quote(c.Title)}",
                    c => $"added ({ContentText.Format(c.Level)}{(c.Status == ClauseStatus.Withdrawn ? ", withdrawn" : "")})",
                    _ => "removed from the standard (ids are never reused: mark a clause withdrawn instead)",
                    ClausePhrases);
                if (clauseChange is not null) yield return clauseChange;
            }
        }
    }

    private static List<string> StandardPhrases(Standard before, Standard after)
    {
        var phrases = FieldChanges.Compare(before, after, ["id", "clauses", "versions"], "version", "status", "published", "title", "owner", "summary", "tlp");
        foreach (var pair in ItemMatcher.Match(before.Versions, after.Versions, v => v.Version))
        {
            switch (pair)
            {
                case { Base: null, Head: { } added }:
                    phrases.Add($"version {added.Version} ({ContentText.Format(added.Status)}, {ContentText.Format(added.Date)}) added to the history");
                    break;
                case { Head: null, Base: { } removed }:
                    phrases.Add($"version {removed.Version} removed from the history");
                    break;
                case { Base: { } a, Head: { } b }:
                    phrases.AddRange(FieldChanges.Compare(a, b, ["version"]).Select(p => $"version {b.Version}: {p}"));
                    break;
            }
        }

        return phrases;
    }

    private static List<string> ClausePhrases(Clause before, Clause after)
    {
        var phrases = new List<string>();
        if (before.Status != after.Status)
        {
            phrases.Add(after.Status == ClauseStatus.Withdrawn ? "withdrawn" : "reinstated");
        }

        phrases.AddRange(FieldChanges.Compare(before, after, ["id", "status"], "level", "title", "text", "topics", "since"));
        return phrases;
    }
}
