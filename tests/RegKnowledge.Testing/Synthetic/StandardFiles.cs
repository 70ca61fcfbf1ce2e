namespace RegKnowledge.Testing.Synthetic;

/// <summary>standards/*.yaml: versions (the current one last) and clauses with RFC 2119 wording and external references.</summary>
internal static class StandardFiles
{
    public static IEnumerable<(string Path, string Text)> All(SyntheticWorld world) =>
        world.Standards.Select(s => ($"standards/{s.Id}.yaml", Standard(world, s)));

    private static string Standard(SyntheticWorld world, StandardPlan plan)
    {
        var random = world.Random("standard", plan.Index);
        var published = random.DaysBefore(SyntheticCorpus.ReferenceDate, 30, 700);
        var status = plan.Index % 10 == 9 ? "draft" : "approved";
        var yaml = new YamlText().Schema("standard")
            .Plain("id", plan.Id)
            .Text("title", $"DAMC {ProseWriter.Title(random, 3)} Standard")
            .Plain("version", plan.Version)
            .Plain("status", status)
            .Plain("owner", plan.Owner)
            .Text("summary", ProseWriter.Sentences(random, random.Between(3, 6)))
            .Date("published", published)
            .Open("versions");
        var major = int.Parse(plan.Version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
        for (var v = 1; v < major; v++)
        {
            yaml.Plain("version", $"{v}.0.0", 4, item: true).Plain("status", "superseded", 4)
                .Date("date", published.AddDays(-365 * (major - v)), 4);
        }

        yaml.Plain("version", plan.Version, 4, item: true).Plain("status", status, 4).Date("date", published, 4)
            .Text("changes", ProseWriter.Sentence(random), 4);
        yaml.Open("clauses");
        foreach (var clause in plan.Clauses)
        {
            WriteClause(yaml, random, clause, major);
        }

        return yaml.ToString();
    }

    private static void WriteClause(YamlText yaml, SyntheticRandom random, string id, int major)
    {
        var level = random.Pick(["must", "must", "should", "may"]);
        var text = $"Members {level.ToUpperInvariant()} {ProseWriter.Sentence(random).ToLowerInvariant()} {ProseWriter.Sentences(random, random.Between(1, 3))}";
        yaml.Plain("id", id, 4, item: true).Text("title", ProseWriter.Title(random, random.Between(2, 4)), 4)
            .Text("text", text, 4).Plain("level", level, 4)
            .Ids("topics", random.PickDistinct(SyntheticWorld.Topics, random.Between(1, 2)), 4);
        var references = random.Between(0, 2);
        if (references > 0)
        {
            yaml.Open("references", 4);
            for (var r = 0; r < references; r++)
            {
                var framework = random.Pick(WordBank.Frameworks);
                yaml.Plain("framework", framework, 8, item: true).Text("ref", $"R.{random.Between(1, 40)}", 8)
                    .Plain("url", $"https://www.{framework.ToLowerInvariant()}.example/r{random.Between(1, 40)}", 8);
            }
        }

        if (random.Chance(0.05))
        {
            yaml.Plain("status", "withdrawn", 4);
        }

        yaml.Plain("since", $"{random.Between(1, major)}.0.0", 4);
    }
}
