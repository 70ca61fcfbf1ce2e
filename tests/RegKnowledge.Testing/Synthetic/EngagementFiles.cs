namespace RegKnowledge.Testing.Synthetic;

/// <summary>engagements/*.yaml: consultations (with deadlines), letters and meetings with a regulator of the jurisdiction.</summary>
internal static class EngagementFiles
{
    public static IEnumerable<(string Path, string Text)> All(SyntheticWorld world)
    {
        for (var i = 0; i < world.Scale.Engagements; i++)
        {
            var random = world.Random("engagement", i);
            var jurisdiction = world.Jurisdictions[random.Next(world.Jurisdictions.Count)];
            var regulator = random.Pick(jurisdiction.Regulators);
            var kind = random.Pick(["consultation", "consultation", "letter", "meeting"]);
            var id = $"{regulator.Id}-{kind}-{i + 1}";
            yield return ($"engagements/{id}.yaml", Engagement(world, random, id, kind, jurisdiction, regulator));
        }
    }

    private static string Engagement(SyntheticWorld world, SyntheticRandom random, string id, string kind, JurisdictionPlan jurisdiction, RegulatorPlan regulator)
    {
        var opened = random.DaysBefore(SyntheticCorpus.ReferenceDate, 10, 700);
        var status = random.Pick(["monitoring", "drafting", "submitted", "submitted", "declined"]);
        var yaml = new YamlText().Schema("engagement")
            .Plain("id", id)
            .Plain("kind", kind)
            .Text("title", $"{char.ToUpperInvariant(kind[0])}{kind[1..]} on {ProseWriter.Title(random, 4).ToLowerInvariant()}")
            .Plain("jurisdiction", jurisdiction.Id)
            .Plain("regulator", regulator.Id)
            .Text("reference", $"CP{opened.Year % 100:D2}/{random.Between(1, 40)}")
            .Plain("url", $"{regulator.Url}/consultations/{id}")
            .Date("opened", opened);
        if (kind == "consultation")
        {
            yaml.Date("closes", opened.AddDays(random.Between(30, 120)));
        }

        yaml.Plain("response_status", status)
            .Text("position", ProseWriter.Sentences(random, random.Between(2, 4)));
        if (status == "submitted")
        {
            yaml.Plain("response_url", $"https://damc.example.org/responses/{id}.pdf");
            if (random.Chance(0.5))
            {
                yaml.Text("outcome", ProseWriter.Sentences(random, random.Between(1, 2)))
                    .Date("outcome_date", opened.AddDays(random.Between(10, 200)));
            }
        }

        yaml.Ids("topics", random.PickDistinct(SyntheticWorld.Topics, random.Between(1, 2)))
            .Plain("lead", world.WorkingGroups[random.Next(world.WorkingGroups.Count)]);
        if (random.Chance(0.3))
        {
            yaml.Text("internal_notes", ProseWriter.Sentences(random, random.Between(1, 3))).Plain("internal_notes_tlp", "amber");
        }

        return yaml.ToString();
    }
}
