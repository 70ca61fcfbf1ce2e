namespace RegKnowledge.Workflow.Diff;

/// <summary>The taxonomy (topics, regions, stance levels, and the rest as a whole) and the site settings.</summary>
internal static class VocabularyChanges
{
    public static IEnumerable<ContentChange> Describe(DiffInputs inputs)
    {
        if (inputs.Before.Taxonomy is { } before && inputs.After.Taxonomy is { } after)
        {
            var topics = ItemMatcher.Match(before.Topics, after.Topics, t => t.Id)
                .Select(pair => ChangeBuilder.From(ChangeArea.Taxonomy, pair, t => t.Id, t => $"topic {t.Id}",
                    t => $"added: {FieldChanges.Quote(t.Name)}", _ => "removed", (a, b) => FieldChanges.Compare(a, b, ["id"])));
            var regions = ItemMatcher.Match(before.Regions, after.Regions, r => r.Id)
                .Select(pair => ChangeBuilder.From(ChangeArea.Taxonomy, pair, r => r.Id, r => $"region {r.Id}",
                    r => $"added: {FieldChanges.Quote(r.Name)}", _ => "removed", (a, b) => FieldChanges.Compare(a, b, ["id"])));
            var levels = ItemMatcher.Match(before.StanceScale, after.StanceScale, l => l.Id)
                .Select(pair => ChangeBuilder.From(ChangeArea.Taxonomy, pair, l => l.Id, l => $"stance level {l.Id}",
                    l => $"added: {FieldChanges.Quote(l.Label)}", _ => "removed", (a, b) => FieldChanges.Compare(a, b, ["id"])));
            foreach (var change in topics.Concat(regions).Concat(levels).OfType<ContentChange>())
            {
                yield return change;
            }

            var order = before.StanceScale.Select(l => l.Id).Where(id => after.StanceScale.Any(l => l.Id == id)).ToList();
            var newOrder = after.StanceScale.Select(l => l.Id).Where(id => before.StanceScale.Any(l => l.Id == id)).ToList();
            var rest = FieldChanges.Compare(before, after, ["topics", "regions", "stance_scale"]);
            if (!order.SequenceEqual(newOrder, StringComparer.Ordinal))
            {
                rest.Insert(0, "stance scale reordered");
            }

            if (rest.Count > 0)
            {
                yield return new ContentChange(ChangeArea.Taxonomy, ChangeType.Changed, "taxonomy", "Taxonomy", rest[0], rest.Skip(1).ToList(), null, after.Location.File);
            }
        }

        if (inputs.Before.Site is { } oldSite && inputs.After.Site is { } newSite)
        {
            var phrases = FieldChanges.Compare(oldSite, newSite, []);
            if (phrases.Count > 0)
            {
                yield return new ContentChange(ChangeArea.SiteSettings, ChangeType.Changed, "site", "Site settings", phrases[0], phrases.Skip(1).ToList(), null, newSite.Location.File);
            }
        }
    }
}
