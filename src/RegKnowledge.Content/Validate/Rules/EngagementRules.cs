using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Model.Engagements;

namespace RegKnowledge.Content.Validate.Rules;

/// <summary>Consultations, letters and meetings.</summary>
internal static class EngagementRules
{
    public static void Register(ValidationContext context)
    {
        foreach (var engagement in context.Content.Engagements) context.Register("engagement", engagement.Id, engagement.At("id"));
    }

    public static void Check(ValidationContext context)
    {
        var defaults = context.Content.Taxonomy?.TlpDefaults;
        var jurisdictions = context.Content.Jurisdictions.ToDictionary(j => j.Id, StringComparer.Ordinal);
        foreach (var engagement in context.Content.Engagements)
        {
            var knownJurisdiction = context.CheckReference("jurisdiction", engagement.Jurisdiction, engagement.At("jurisdiction"));
            if (context.CheckReference("regulator", engagement.Regulator, engagement.At("regulator"))
                && knownJurisdiction && jurisdictions.TryGetValue(engagement.Jurisdiction, out var jurisdiction))
            {
                JurisdictionRules.CheckSameFamily(context, "regulator", engagement.Regulator, jurisdiction, engagement.At("regulator"));
            }

            foreach (var topic in engagement.Topics) context.CheckReference("topic", topic, engagement.At("topics"));
            context.CheckReference("governance body", engagement.Lead, engagement.At("lead"));
            context.CheckUrl(engagement.Url, engagement.At("url"), "url");
            context.CheckUrl(engagement.ResponseUrl, engagement.At("response_url"), "response_url");
            context.CheckOrder(engagement.Opened, "opened", engagement.Closes, "closes", engagement.At("closes"));
            context.CheckOrder(engagement.Opened, "opened", engagement.OutcomeDate, "outcome_date", engagement.At("outcome_date"));
            if (engagement.Kind == EngagementKind.Consultation && engagement.Closes is null)
            {
                context.Error(DiagnosticCodes.MissingValue, engagement.Location, "a consultation needs a 'closes' date (the response deadline)");
            }

            var label = engagement.Tlp ?? defaults?.Engagement ?? Tlp.Green;
            context.CheckLabel(engagement.InternalNotesTlp, label, "internal_notes_tlp", engagement.At("internal_notes_tlp"));
        }
    }
}
