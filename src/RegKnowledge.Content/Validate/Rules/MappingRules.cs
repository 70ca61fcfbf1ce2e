using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Model.Mappings;

namespace RegKnowledge.Content.Validate.Rules;

/// <summary>Mappings of clauses to local provisions (NIST IR 8477 relationships).</summary>
internal static class MappingRules
{
    public static void Check(ValidationContext context)
    {
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        var defaultLabel = context.Content.Taxonomy?.TlpDefaults.Mapping ?? Tlp.Green;
        var today = context.Clock.Today;
        var cycle = context.Content.Taxonomy?.ReviewCycles.MappingDays ?? 365;
        var standards = context.Content.Standards.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var jurisdictions = context.Content.Jurisdictions.ToDictionary(j => j.Id, StringComparer.Ordinal);

        foreach (var set in context.Content.MappingSets)
        {
            var expectedName = $"{set.Standard}--{set.Jurisdiction}";
            var actualName = Path.GetFileNameWithoutExtension(set.Location.File);
            if (!string.Equals(expectedName, actualName, StringComparison.Ordinal))
            {
                context.Error(DiagnosticCodes.MappingFileName, set.At("standard"), $"a mapping file for '{set.Standard}' and '{set.Jurisdiction}' must be named '{expectedName}.yaml'");
            }

            var knownStandard = context.CheckReference("standard", set.Standard, set.At("standard"));
            context.CheckReference("jurisdiction", set.Jurisdiction, set.At("jurisdiction"));
            if (knownStandard && standards.TryGetValue(set.Standard, out var standard))
            {
                if (set.StandardVersion != standard.Version && !standard.Versions.Any(v => v.Version == set.StandardVersion))
                {
                    context.Error(DiagnosticCodes.UnknownStandardVersion, set.At("standard_version"), $"'{set.Standard}' has no version '{set.StandardVersion}'");
                }
                else if (set.StandardVersion != standard.Version)
                {
                    context.Warning(DiagnosticCodes.OutdatedMappingVersion, set.At("standard_version"),
                        $"mapped against {set.Standard} {set.StandardVersion}; the current version is {standard.Version}. Review the mappings");
                }
            }

            var setLabel = set.Tlp ?? defaultLabel;
            foreach (var mapping in set.Mappings)
            {
                var id = mapping.Id ?? $"{mapping.Clause}--{set.Jurisdiction}";
                context.Register("mapping", id, mapping.Has("id") ? mapping.At("id") : mapping.At("clause"), set.Jurisdiction);
                if (context.CheckReference("clause", mapping.Clause, mapping.At("clause")))
                {
                    mapped.Add(mapping.Clause);
                    if (context.OwnerOf("clause", mapping.Clause) is { } owner && owner != set.Standard)
                    {
                        context.Error(DiagnosticCodes.CrossJurisdictionReference, mapping.At("clause"), $"clause '{mapping.Clause}' belongs to standard '{owner}', not '{set.Standard}'");
                    }
                }

                if (mapping.Instrument is { } instrument && context.CheckReference("instrument", instrument, mapping.At("instrument"))
                    && jurisdictions.TryGetValue(set.Jurisdiction, out var jurisdiction))
                {
                    JurisdictionRules.CheckSameFamily(context, "instrument", instrument, jurisdiction, mapping.At("instrument"));
                }

                CheckConsistency(context, mapping);
                var label = mapping.Tlp ?? setLabel;
                context.CheckLabel(mapping.Tlp, setLabel, "tlp", mapping.At("tlp"));
                context.CheckLabel(mapping.DraftRationaleTlp, label, "draft_rationale_tlp", mapping.At("draft_rationale_tlp"));
                if (mapping.ReviewedOn > today)
                {
                    context.Error(DiagnosticCodes.DatesOutOfOrder, mapping.At("reviewed_on"), $"reviewed_on {mapping.ReviewedOn:yyyy-MM-dd} is in the future");
                }
                else if (mapping.ReviewedOn != default && mapping.ReviewedOn.AddDays(cycle) < today)
                {
                    context.Warning(DiagnosticCodes.StaleMapping, mapping.At("reviewed_on"), $"mapping '{id}' was last reviewed {mapping.ReviewedOn:yyyy-MM-dd}, older than the {cycle}-day cycle");
                }
            }
        }

        foreach (var standard in context.Content.Standards)
        {
            foreach (var clause in StandardRules.MappableClauses(standard).Where(c => !mapped.Contains(c.Id)))
            {
                context.Warning(DiagnosticCodes.OrphanClause, clause.At("id"), $"approved clause '{clause.Id}' is not mapped to any jurisdiction");
            }
        }
    }

    private static void CheckConsistency(ValidationContext context, Mapping mapping)
    {
        if (mapping.Strength is < 0 or > 10)
        {
            context.Error(DiagnosticCodes.OutOfRange, mapping.At("strength"), $"strength must be between 0 and 10, found {mapping.Strength}");
        }

        if (mapping.Relationship == Relationship.NoRelationship)
        {
            if (mapping.Strength != 0)
            {
                context.Error(DiagnosticCodes.InconsistentMapping, mapping.At("strength"), "a no-relationship mapping has strength 0");
            }

            if (mapping.Alignment is Alignment.Aligned)
            {
                context.Error(DiagnosticCodes.InconsistentMapping, mapping.At("alignment"), "a clause with no corresponding local requirement cannot be 'aligned'; use gap, conflict or not-applicable");
            }

            return;
        }

        if (mapping.Instrument is null)
        {
            context.Error(DiagnosticCodes.InconsistentMapping, mapping.At("relationship"), $"a '{Load.ModelShape.EnumText(mapping.Relationship)}' mapping must name the local instrument");
        }

        if (mapping.Strength == 0)
        {
            context.Error(DiagnosticCodes.InconsistentMapping, mapping.At("strength"), "strength 0 means no relationship; use relationship: no-relationship or a strength from 1 to 10");
        }
    }
}
