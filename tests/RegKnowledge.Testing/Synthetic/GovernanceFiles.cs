namespace RegKnowledge.Testing.Synthetic;

/// <summary>governance/*.yaml: council, secretariat, two technical committees and the working groups.</summary>
internal static class GovernanceFiles
{
    public static IEnumerable<(string Path, string Text)> All(SyntheticWorld world)
    {
        yield return Body(world, "council", "DAMC Council", "council", null, 0);
        yield return Body(world, "secretariat", "DAMC Secretariat", "secretariat", "council", 1);
        yield return Body(world, "tc-policy", "Technical Policy Committee", "technical-committee", "council", 2);
        yield return Body(world, "tc-standards", "Technical Standards Committee", "technical-committee", "council", 3);
        for (var i = 0; i < world.WorkingGroups.Count; i++)
        {
            var id = world.WorkingGroups[i];
            var topic = SyntheticWorld.Topics[i % SyntheticWorld.Topics.Length];
            yield return Body(world, id, $"{char.ToUpperInvariant(topic[0])}{topic[1..].Replace('-', ' ')} Working Group {i + 1}",
                "working-group", i % 2 == 0 ? "tc-standards" : "tc-policy", 4 + i, topic);
        }
    }

    private static (string, string) Body(SyntheticWorld world, string id, string name, string kind, string? parent, int index, string? topic = null)
    {
        var random = world.Random("governance", index);
        var yaml = new YamlText().Schema("governance")
            .Plain("id", id)
            .Text("name", name)
            .Plain("kind", kind);
        if (parent is not null)
        {
            yaml.Plain("parent", parent);
        }

        yaml.Text("remit", ProseWriter.Sentences(random, random.Between(1, 3)))
            .Text("chair", $"Chair of the {name} (elected by members)");
        if (topic is not null)
        {
            yaml.Ids("topics", new[] { topic, random.Pick(SyntheticWorld.Topics) }.Take(random.Chance(0.3) ? 2 : 1).Distinct());
        }

        yaml.Plain("contact", $"{id}@damc.example.org");
        return ($"governance/{id}.yaml", yaml.ToString());
    }
}
