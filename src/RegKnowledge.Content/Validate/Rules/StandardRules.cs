using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Model.Standards;

namespace RegKnowledge.Content.Validate.Rules;

/// <summary>Consortium standards and their clauses.</summary>
internal static class StandardRules
{
    public static void Register(ValidationContext context)
    {
        foreach (var standard in context.Content.Standards)
        {
            context.Register("standard", standard.Id, standard.At("id"));
            foreach (var clause in standard.Clauses) context.Register("clause", clause.Id, clause.At("id"), standard.Id);
        }
    }

    public static void Check(ValidationContext context)
    {
        foreach (var standard in context.Content.Standards)
        {
            context.CheckReference("governance body", standard.Owner, standard.At("owner"));
            if (standard.Clauses.Count == 0)
            {
                context.Error(DiagnosticCodes.EmptyList, standard.At("clauses"), "a standard needs at least one clause");
            }

            if (standard.Versions.Count > 0 && !standard.Versions.Any(v => v.Version == standard.Version))
            {
                context.Error(DiagnosticCodes.UnknownStandardVersion, standard.At("version"),
                    $"current version '{standard.Version}' is not in the versions list");
            }

            var seenVersions = new HashSet<string>(StringComparer.Ordinal);
            foreach (var version in standard.Versions.Where(v => !seenVersions.Add(v.Version)))
            {
                context.Error(DiagnosticCodes.DuplicateId, version.At("version"), $"version '{version.Version}' is listed twice");
            }

            foreach (var clause in standard.Clauses)
            {
                foreach (var topic in clause.Topics) context.CheckReference("topic", topic, clause.At("topics"));
                foreach (var reference in clause.References) context.CheckUrl(reference.Url, reference.At("url"), "url");
                if (clause.Topics.Count == 0)
                {
                    context.Error(DiagnosticCodes.EmptyList, clause.At("topics"), $"clause '{clause.Id}' needs at least one topic");
                }
            }
        }
    }

    /// <summary>Clauses that must be mapped: active clauses of approved standards.</summary>
    internal static IEnumerable<Clause> MappableClauses(Standard standard) =>
        standard.Status == StandardStatus.Approved ? standard.Clauses.Where(c => c.Status == ClauseStatus.Active) : [];
}
