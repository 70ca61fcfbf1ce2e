namespace RegKnowledge.Testing.Synthetic;

/// <summary>jurisdictions/*.yaml: regulators, instruments with consistent dates, and one sourced stance per topic.</summary>
internal static class JurisdictionFiles
{
    public static IEnumerable<(string Path, string Text)> All(SyntheticWorld world) =>
        world.Jurisdictions.Select(j => ($"jurisdictions/{j.Id}.yaml", Jurisdiction(world, j)));

    private static string Jurisdiction(SyntheticWorld world, JurisdictionPlan plan)
    {
        var random = world.Random("jurisdiction", plan.Index);
        var yaml = new YamlText().Schema("jurisdiction")
            .Plain("id", plan.Id)
            .Text("name", plan.Name)
            .Plain("region", plan.Region);
        if (plan.Parent is not null)
        {
            yaml.Plain("parent", plan.Parent);
        }

        yaml.Text("summary", ProseWriter.Sentences(random, random.Between(2, 4))).Open("regulators");
        foreach (var regulator in plan.Regulators)
        {
            yaml.Plain("id", regulator.Id, 4, item: true).Text("name", regulator.Name, 4)
                .Text("remit", ProseWriter.Sentence(random), 4).Plain("url", regulator.Url, 4);
        }

        yaml.Open("instruments");
        foreach (var instrument in plan.Instruments)
        {
            WriteInstrument(yaml, random, instrument);
        }

        yaml.Open("stances");
        foreach (var topic in SyntheticWorld.Topics)
        {
            WriteStance(yaml, random, plan, topic);
        }

        return yaml.ToString();
    }

    private static void WriteInstrument(YamlText yaml, SyntheticRandom random, InstrumentPlan instrument)
    {
        var status = random.Pick(["in-force", "in-force", "in-force", "phased", "enacted", "proposed"]);
        var kind = random.Pick(["statute", "regulation", "rules", "guidance", "standard"]);
        var proposed = new DateOnly(instrument.Year, random.Between(1, 6), random.Between(1, 28));
        var enacted = proposed.AddDays(random.Between(30, 200));
        var inForce = enacted.AddDays(random.Between(0, 300));
        yaml.Plain("id", instrument.Id, 4, item: true).Text("title", instrument.Title, 4)
            .Plain("kind", kind, 4).Plain("status", status, 4).Plain("regulator", instrument.Regulator, 4);
        yaml.Date("proposed", proposed, 4);
        if (status != "proposed")
        {
            yaml.Date("enacted", enacted, 4);
        }

        if (status is "in-force" or "phased")
        {
            yaml.Date("in_force", inForce, 4);
        }

        yaml.Plain("url", instrument.Url, 4);
        if (random.Chance(0.4))
        {
            yaml.Text("notes", ProseWriter.Sentences(random, random.Between(1, 2)), 4);
        }
    }

    private static void WriteStance(YamlText yaml, SyntheticRandom random, JurisdictionPlan plan, string topic)
    {
        var level = random.Pick(SyntheticWorld.Levels);
        // Fresh relative to the reference date: not stale (as_of within the 365-day cycle) and not overdue.
        var asOf = random.DaysBefore(SyntheticCorpus.ReferenceDate, 10, 300);
        yaml.Plain("topic", topic, 4, item: true).Plain("level", level, 4)
            .Text("summary", ProseWriter.Sentences(random, random.Between(2, 5)), 4);
        var instruments = random.PickDistinct(plan.Instruments, random.Between(0, 2));
        if (instruments.Count > 0)
        {
            yaml.Ids("instruments", instruments.Select(i => i.Id), 4);
        }

        yaml.Open("sources", 4);
        var sources = instruments.Count > 0 ? instruments.Select(i => (i.Url, i.Title)).ToList() : [(plan.Regulators[0].Url, plan.Regulators[0].Name)];
        foreach (var (url, title) in sources)
        {
            yaml.Plain("url", url, 8, item: true).Text("title", title, 8);
        }

        yaml.Date("as_of", asOf, 4).Date("next_review", asOf.AddDays(365), 4);
        if (random.Chance(0.1))
        {
            yaml.Plain("tlp", "green", 4);
        }
    }
}
