using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Content.Validate.Rules;

/// <summary>Topics, regions, stance levels and synonyms.</summary>
internal static class TaxonomyRules
{
    public static void Register(ValidationContext context)
    {
        if (context.Content.Taxonomy is not { } taxonomy)
        {
            return;
        }

        foreach (var topic in taxonomy.Topics) context.Register("topic", topic.Id, topic.At("id"));
        foreach (var region in taxonomy.Regions) context.Register("region", region.Id, region.At("id"));
        foreach (var level in taxonomy.StanceScale) context.Register("stance level", level.Id, level.At("id"));
    }

    public static void Check(ValidationContext context)
    {
        if (context.Content.Taxonomy is not { } taxonomy)
        {
            return;
        }

        if (!taxonomy.StanceScale.Any(l => !l.Assessed))
        {
            context.Error(DiagnosticCodes.EmptyList, taxonomy.At("stance_scale"),
                "the stance scale needs at least one level with 'assessed: false' (unknown) so an honest 'we do not know' is possible");
        }

        foreach (var group in taxonomy.Synonyms.Where(g => g.Terms.Count < 2))
        {
            context.Error(DiagnosticCodes.EmptyList, group.At("terms"), "a synonym group needs at least two terms");
        }

        var seenTerms = new Dictionary<string, Model.Common.SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in taxonomy.Glossary)
        {
            if (!seenTerms.TryAdd(entry.Term, entry.At("term")))
            {
                context.Error(DiagnosticCodes.DuplicateId, entry.At("term"), $"glossary term '{entry.Term}' is defined twice (first at {seenTerms[entry.Term]})");
            }
        }

        if (taxonomy.ReviewCycles.StanceDays <= 0 || taxonomy.ReviewCycles.MappingDays <= 0 || taxonomy.ReviewCycles.GuidanceDays <= 0)
        {
            context.Error(DiagnosticCodes.OutOfRange, taxonomy.At("review_cycles"), "review cycles must be positive numbers of days");
        }
    }
}
