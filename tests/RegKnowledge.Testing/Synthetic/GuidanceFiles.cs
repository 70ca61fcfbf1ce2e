namespace RegKnowledge.Testing.Synthetic;

/// <summary>guidance/*.yaml: articles of 300–1,500 words of Markdown with sections, lists, tables and links.</summary>
internal static class GuidanceFiles
{
    public static IEnumerable<(string Path, string Text)> All(SyntheticWorld world)
    {
        var clauses = world.AllClauses();
        for (var i = 0; i < world.Scale.Guidance; i++)
        {
            var random = world.Random("guidance", i);
            var title = $"{ProseWriter.Title(random, 3)} {random.Pick(WordBank.TitleNouns)}";
            var id = $"{ProseWriter.Slug(title)}-{i + 1}";
            yield return ($"guidance/{id}.yaml", Article(world, random, id, title, clauses));
        }
    }

    private static string Article(SyntheticWorld world, SyntheticRandom random, string id, string title, IReadOnlyList<string> clauses)
    {
        var published = random.DaysBefore(SyntheticCorpus.ReferenceDate, 60, 900);
        // Updated within the 730-day cycle, never before publication.
        var updated = random.DaysBefore(SyntheticCorpus.ReferenceDate, 1, Math.Min(700, SyntheticCorpus.ReferenceDate.DayNumber - published.DayNumber));
        var yaml = new YamlText().Schema("guidance")
            .Plain("id", id)
            .Text("title", title)
            .Text("summary", ProseWriter.Sentences(random, random.Between(1, 2)))
            .Ids("topics", random.PickDistinct(SyntheticWorld.Topics, random.Between(1, 3)))
            .Ids("jurisdictions", random.PickDistinct(world.Jurisdictions, random.Between(0, 3)).Select(j => j.Id))
            .Plain("owner", world.WorkingGroups[random.Next(world.WorkingGroups.Count)])
            .Plain("status", random.Pick(["published", "published", "published", "published", "draft", "archived"]))
            .Date("published", published)
            .Date("updated", updated)
            .Ids("related_clauses", random.PickDistinct(clauses, random.Between(0, 4)));
        if (random.Chance(0.2))
        {
            yaml.Plain("tlp", random.Pick(["clear", "amber"]));
        }

        var sections = Math.Max(1, world.Scale.SectionsPerGuidance + random.Between(-2, 2));
        return yaml.Block("body", ProseWriter.Article(random, random.Between(300, 1500), sections)).ToString();
    }
}
