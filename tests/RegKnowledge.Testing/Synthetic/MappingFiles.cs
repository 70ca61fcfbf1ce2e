namespace RegKnowledge.Testing.Synthetic;

/// <summary>mappings/standard--jurisdiction.yaml: every clause of the standard mapped once, consistent with the
/// NIST IR 8477 rules the validator applies (no-relationship ⇔ strength 0 and no instrument).</summary>
internal static class MappingFiles
{
    private static readonly string[] Relationships = ["equal", "subset-of", "superset-of", "intersects-with", "no-relationship"];

    public static IEnumerable<(string Path, string Text)> All(SyntheticWorld world)
    {
        foreach (var standard in world.Standards)
        {
            foreach (var jurisdiction in world.MappedJurisdictions(standard))
            {
                var name = $"{standard.Id}--{jurisdiction.Id}";
                yield return ($"mappings/{name}.yaml", MappingSet(world, standard, jurisdiction));
            }
        }
    }

    private static string MappingSet(SyntheticWorld world, StandardPlan standard, JurisdictionPlan jurisdiction)
    {
        var random = world.Random($"mapping-{standard.Id}", jurisdiction.Index);
        var yaml = new YamlText().Schema("mapping")
            .Plain("standard", standard.Id)
            .Plain("standard_version", standard.Version)
            .Plain("jurisdiction", jurisdiction.Id)
            .Open("mappings");
        foreach (var clause in standard.Clauses)
        {
            var relationship = random.Pick(Relationships);
            var none = relationship == "no-relationship";
            yaml.Plain("clause", clause, 4, item: true);
            if (!none)
            {
                var instrument = random.Pick(jurisdiction.Instruments);
                yaml.Plain("instrument", instrument.Id, 4)
                    .Text("provision", $"Article {random.Between(1, 120)}({random.Between(1, 9)})", 4);
            }

            yaml.Plain("relationship", relationship, 4)
                .Plain("basis", random.Pick(["syntactic", "semantic", "functional"]), 4)
                .Number("strength", none ? 0 : random.Between(1, 10), 4)
                .Plain("confidence", random.Pick(["low", "medium", "high"]), 4)
                .Plain("alignment", none ? random.Pick(["gap", "conflict", "not-applicable"]) : random.Pick(["aligned", "partial", "gap", "conflict"]), 4)
                .Text("rationale", ProseWriter.Sentences(random, random.Between(1, 3)), 4);
            if (random.Chance(0.15))
            {
                yaml.Text("draft_rationale", ProseWriter.Sentence(random), 4);
            }

            yaml.Plain("reviewer", standard.Owner, 4)
                .Date("reviewed_on", random.DaysBefore(SyntheticCorpus.ReferenceDate, 5, 300), 4);
        }

        return yaml.ToString();
    }
}
