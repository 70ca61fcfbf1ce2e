using RegKnowledge.Model.Mappings;

namespace RegKnowledge.Workflow.Diff;

/// <summary>Mappings of clauses to local rules: added, removed, and changes of alignment, relationship or rationale.</summary>
internal static class MappingChanges
{
    /// <summary>A mapping with the file it sits in and its effective id.</summary>
    private sealed record Located(string Id, MappingSet Set, Mapping Mapping);

    public static IEnumerable<ContentChange> Describe(DiffInputs inputs)
    {
        foreach (var pair in ItemMatcher.Match(inputs.Before.MappingSets, inputs.After.MappingSets, s => $"{s.Standard}--{s.Jurisdiction}"))
        {
            // Files added or removed show up as their mappings; only the file-wide fields are reported here.
            var change = pair is { Base: not null, Head: not null }
                ? ChangeBuilder.From(ChangeArea.Mappings, pair, s => $"{s.Standard}--{s.Jurisdiction}",
                    s => $"{s.Standard} in {inputs.JurisdictionName(s.Jurisdiction)} (whole file)", _ => "", _ => "",
                    (a, b) => FieldChanges.Compare(a, b, ["mappings", "standard", "jurisdiction"], "standard_version", "tlp"))
                : null;
            if (change is not null) yield return change;
        }

        var mappings = ItemMatcher.Match(Flatten(inputs.Before.MappingSets), Flatten(inputs.After.MappingSets), m => m.Id,
            similarity: (a, b) => a.Set.Jurisdiction == b.Set.Jurisdiction ? ContentText.Similarity(a.Mapping, b.Mapping, "id", "clause") : 0);
        foreach (var pair in mappings)
        {
            var change = Describe(pair, inputs);
            if (change is not null) yield return change;
        }
    }

    private static ContentChange? Describe(MatchedPair<Located> pair, DiffInputs inputs)
    {
        var current = pair.Head ?? pair.Base!;
        var subject = $"{current.Mapping.Clause} → {inputs.JurisdictionName(current.Set.Jurisdiction)}";
        if (pair.Base is null)
        {
            return new ContentChange(ChangeArea.Mappings, ChangeType.Added, current.Id, subject, "added: " + Summary(current.Mapping), [], null, current.Set.Location.File);
        }

        if (pair.Head is null)
        {
            return new ContentChange(ChangeArea.Mappings, ChangeType.Removed, current.Id, subject, $"removed (was {Summary(current.Mapping)})", [], null, current.Set.Location.File);
        }

        var phrases = FieldChanges.Compare(pair.Base.Mapping, pair.Head.Mapping, ["id"],
            "alignment", "relationship", "strength", "confidence", "clause", "instrument", "provision", "basis", "rationale", "draft_rationale", "reviewer", "reviewed_on", "tlp");
        if (pair.RenamedFrom is { } oldId)
        {
            return new ContentChange(ChangeArea.Mappings, ChangeType.Renamed, current.Id, subject, $"renamed from {oldId}", phrases, oldId, current.Set.Location.File);
        }

        return phrases.Count == 0
            ? null
            : new ContentChange(ChangeArea.Mappings, ChangeType.Changed, current.Id, subject, phrases[0], phrases.Skip(1).ToList(), null, current.Set.Location.File);
    }

    /// <summary>"subset-of sg-psa-2019 (PSN02, paragraph 13), aligned".</summary>
    private static string Summary(Mapping mapping)
    {
        var target = mapping.Instrument is null ? "no local instrument" : mapping.Instrument + (mapping.Provision is { } p ? $" ({p})" : "");
        return $"{ContentText.Format(mapping.Relationship)} {target}, {ContentText.Format(mapping.Alignment)}";
    }

    private static IEnumerable<Located> Flatten(IEnumerable<MappingSet> sets) =>
        sets.SelectMany(set => set.Mappings.Select(m => new Located(m.Id ?? $"{m.Clause}--{set.Jurisdiction}", set, m)));
}
