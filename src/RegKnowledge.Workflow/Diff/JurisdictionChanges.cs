using RegKnowledge.Model.Common;
using RegKnowledge.Model.Jurisdictions;

namespace RegKnowledge.Workflow.Diff;

/// <summary>Jurisdictions and what they hold: regulators, instruments, stances.</summary>
internal static class JurisdictionChanges
{
    public static IEnumerable<ContentChange> Describe(DiffInputs inputs)
    {
        var pairs = ItemMatcher.Match(inputs.Before.Jurisdictions, inputs.After.Jurisdictions, j => j.Id,
            inputs.RenamesIn("jurisdictions"), ChangeBuilder.AlikeButId);
        foreach (var pair in pairs)
        {
            var change = ChangeBuilder.From(ChangeArea.Jurisdictions, pair, j => j.Id, j => j.Name,
                j => $"added ({Count(j.Stances.Count, "stance")}, {Count(j.Instruments.Count, "instrument")}, {Count(j.Regulators.Count, "regulator")})",
                _ => "removed",
                (a, b) => FieldChanges.Compare(a, b, ["id", "regulators", "instruments", "stances"], "name", "region", "parent", "tlp"));
            if (change is not null) yield return change;
            if (pair is not { Base: { } before, Head: { } after }) continue;

            foreach (var inner in Regulators(before, after).Concat(Instruments(before, after)).Concat(Stances(before, after)))
            {
                yield return inner;
            }
        }
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static IEnumerable<ContentChange> Regulators(Jurisdiction before, Jurisdiction after) =>
        ItemMatcher.Match(before.Regulators, after.Regulators, r => r.Id, similarity: ChangeBuilder.AlikeButId)
            .Select(pair => ChangeBuilder.From(ChangeArea.Regulators, pair, r => r.Id, r => $"{after.Name} / {r.Id}",
                r => $"added: {r.Name}", _ => "removed",
                (a, b) => FieldChanges.Compare(a, b, ["id"], "name", "remit", "url")))
            .OfType<ContentChange>();

    private static IEnumerable<ContentChange> Instruments(Jurisdiction before, Jurisdiction after) =>
        ItemMatcher.Match(before.Instruments, after.Instruments, i => i.Id, similarity: ChangeBuilder.AlikeButId)
            .Select(pair => ChangeBuilder.From(ChangeArea.Instruments, pair, i => i.Id, i => $"{after.Name} / {i.Id}",
                i => $"added: {FieldChanges.Quote(i.Title)} ({ContentText.Format(i.Kind)}, {ContentText.Format(i.Status)})",
                _ => "removed",
                (a, b) => FieldChanges.Compare(a, b, ["id"], "status", "in_force", "enacted", "proposed", "title", "kind", "regulator")))
            .OfType<ContentChange>();

    private static IEnumerable<ContentChange> Stances(Jurisdiction before, Jurisdiction after) =>
        ItemMatcher.Match(before.Stances, after.Stances, s => s.Topic)
            .Select(pair => ChangeBuilder.From(ChangeArea.Stances, pair, s => $"{after.Id}/{s.Topic}", s => $"{after.Name} / {s.Topic}",
                s => $"added: {s.Level}",
                s => $"removed (was {s.Level})",
                StancePhrases))
            .OfType<ContentChange>();

    private static List<string> StancePhrases(Stance before, Stance after)
    {
        var phrases = new List<string>();
        if (before.Level != after.Level)
        {
            phrases.Add($"{before.Level} → {after.Level}");
        }

        phrases.AddRange(FieldChanges.Compare(before, after, ["topic", "level", "sources"], "as_of", "next_review", "instruments", "summary", "tlp"));
        phrases.AddRange(SourcePhrases(before.Sources, after.Sources));
        return phrases;
    }

    /// <summary>Sources are told apart by URL: a new URL is a new source, the same URL with a new title is a retitled one.</summary>
    internal static IEnumerable<string> SourcePhrases(IReadOnlyList<SourceLink> before, IReadOnlyList<SourceLink> after)
    {
        foreach (var pair in ItemMatcher.Match(before, after, s => s.Url))
        {
            switch (pair)
            {
                case { Base: null, Head: { } added }:
                    yield return $"source added: {FieldChanges.Quote(added.Title)} ({added.Url})";
                    break;
                case { Head: null, Base: { } removed }:
                    yield return $"source removed: {FieldChanges.Quote(removed.Title)} ({removed.Url})";
                    break;
                case { Base: { } a, Head: { } b }:
                    foreach (var phrase in FieldChanges.Compare(a, b, ["url"]))
                    {
                        yield return $"source {b.Url}: {phrase}";
                    }

                    break;
            }
        }
    }
}
