using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Model.Standards;

namespace RegKnowledge.Content.Validate;

/// <summary>Counts per kind and the health figures reviewers ask for.</summary>
public sealed record ContentStatistics(
    int Jurisdictions,
    int Topics,
    int Stances,
    int Regulators,
    int Instruments,
    int Standards,
    int Clauses,
    int ApprovedClauses,
    int Mappings,
    int Guidance,
    int Engagements,
    int GoverningBodies,
    int StancesWithoutSource,
    int UnknownStances,
    int StaleItems,
    int Errors,
    int Warnings)
{
    /// <summary>Computes the figures for checked content.</summary>
    public static ContentStatistics Of(CheckedContent checkedContent)
    {
        var content = checkedContent.Content;
        var stances = content.Jurisdictions.SelectMany(j => j.Stances).ToList();
        var staleCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            DiagnosticCodes.StaleStance, DiagnosticCodes.ReviewOverdue, DiagnosticCodes.StaleMapping, DiagnosticCodes.StaleGuidance,
        };
        return new ContentStatistics(
            Jurisdictions: content.Jurisdictions.Count,
            Topics: content.Taxonomy?.Topics.Count ?? 0,
            Stances: stances.Count,
            Regulators: content.Jurisdictions.Sum(j => j.Regulators.Count),
            Instruments: content.Jurisdictions.Sum(j => j.Instruments.Count),
            Standards: content.Standards.Count,
            Clauses: content.Standards.Sum(s => s.Clauses.Count),
            ApprovedClauses: content.Standards.Where(s => s.Status == StandardStatus.Approved).Sum(s => s.Clauses.Count(c => c.Status == ClauseStatus.Active)),
            Mappings: content.MappingSets.Sum(m => m.Mappings.Count),
            Guidance: content.Guidance.Count,
            Engagements: content.Engagements.Count,
            GoverningBodies: content.Governance.Count,
            StancesWithoutSource: stances.Count(s => s.Sources.Count == 0),
            UnknownStances: stances.Count(s => s.Level is "unknown" or "not-assessed"),
            StaleItems: checkedContent.Diagnostics.Count(d => staleCodes.Contains(d.Code)),
            Errors: checkedContent.Diagnostics.Count(d => d.Severity == Severity.Error),
            Warnings: checkedContent.Diagnostics.Count(d => d.Severity == Severity.Warning));
    }
}
