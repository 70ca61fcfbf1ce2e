using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Model.Jurisdictions;

namespace RegKnowledge.Content.Validate.Rules;

/// <summary>Jurisdictions, their regulators, instruments and stances.</summary>
internal static class JurisdictionRules
{
    public static void Register(ValidationContext context)
    {
        foreach (var jurisdiction in context.Content.Jurisdictions)
        {
            context.Register("jurisdiction", jurisdiction.Id, jurisdiction.At("id"));
            foreach (var regulator in jurisdiction.Regulators) context.Register("regulator", regulator.Id, regulator.At("id"), jurisdiction.Id);
            foreach (var instrument in jurisdiction.Instruments) context.Register("instrument", instrument.Id, instrument.At("id"), jurisdiction.Id);
        }
    }

    public static void Check(ValidationContext context)
    {
        var taxonomy = context.Content.Taxonomy;
        var defaultLabel = taxonomy?.TlpDefaults.Jurisdiction ?? Tlp.Clear;
        foreach (var jurisdiction in context.Content.Jurisdictions)
        {
            context.CheckReference("region", jurisdiction.Region, jurisdiction.At("region"));
            if (jurisdiction.Parent is { } parent && context.CheckReference("jurisdiction", parent, jurisdiction.At("parent")) && parent == jurisdiction.Id)
            {
                context.Error(DiagnosticCodes.UnknownReference, jurisdiction.At("parent"), "a jurisdiction cannot be its own parent");
            }

            foreach (var regulator in jurisdiction.Regulators) context.CheckUrl(regulator.Url, regulator.At("url"), "url");
            foreach (var instrument in jurisdiction.Instruments) CheckInstrument(context, jurisdiction, instrument);

            var label = jurisdiction.Tlp ?? defaultLabel;
            var topicsSeen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var stance in jurisdiction.Stances)
            {
                CheckStance(context, jurisdiction, stance, label);
                if (stance.Topic.Length > 0 && !topicsSeen.TryAdd(stance.Topic, stance.At("topic")))
                {
                    context.Error(DiagnosticCodes.DuplicateStance, stance.At("topic"),
                        $"{jurisdiction.Name} already has a stance on '{stance.Topic}' at line {topicsSeen[stance.Topic].Line}");
                }
            }

            foreach (var topic in taxonomy?.Topics ?? [])
            {
                if (!topicsSeen.ContainsKey(topic.Id))
                {
                    context.Warning(DiagnosticCodes.MissingStance, jurisdiction.At("stances"),
                        $"{jurisdiction.Name} has no stance on '{topic.Id}'; it is shown as not assessed. Add one (use level 'unknown' if the position cannot be sourced)");
                }
            }
        }
    }

    private static void CheckInstrument(ValidationContext context, Jurisdiction jurisdiction, Instrument instrument)
    {
        context.CheckUrl(instrument.Url, instrument.At("url"), "url");
        context.CheckOrder(instrument.Proposed, "proposed", instrument.Enacted, "enacted", instrument.At("enacted"));
        context.CheckOrder(instrument.Enacted, "enacted", instrument.InForce, "in_force", instrument.At("in_force"));
        if (instrument.Regulator is { } regulator && context.CheckReference("regulator", regulator, instrument.At("regulator")))
        {
            CheckSameFamily(context, "regulator", regulator, jurisdiction, instrument.At("regulator"));
        }

        if (instrument.Status is InstrumentStatus.InForce or InstrumentStatus.Phased && instrument.InForce is null)
        {
            context.Warning(DiagnosticCodes.MissingValue, instrument.At("status"), $"instrument '{instrument.Id}' is {ModelText(instrument.Status)} but has no in_force date");
        }
    }

    private static void CheckStance(ValidationContext context, Jurisdiction jurisdiction, Stance stance, Tlp jurisdictionLabel)
    {
        context.CheckReference("topic", stance.Topic, stance.At("topic"));
        context.CheckReference("stance level", stance.Level, stance.At("level"));
        foreach (var instrument in stance.Instruments)
        {
            if (context.CheckReference("instrument", instrument, stance.At("instruments")))
            {
                CheckSameFamily(context, "instrument", instrument, jurisdiction, stance.At("instruments"));
            }
        }

        if (stance.Sources.Count == 0)
        {
            context.Error(DiagnosticCodes.StanceWithoutSource, stance.At("sources"), $"the stance on '{stance.Topic}' has no source; cite at least one primary source");
        }

        foreach (var source in stance.Sources) context.CheckUrl(source.Url, source.At("url"), "url");
        context.CheckOrder(stance.AsOf, "as_of", stance.NextReview, "next_review", stance.At("next_review"));
        context.CheckLabel(stance.Tlp, jurisdictionLabel, "tlp", stance.At("tlp"));

        var today = context.Clock.Today;
        if (stance.AsOf > today)
        {
            context.Error(DiagnosticCodes.DatesOutOfOrder, stance.At("as_of"), $"as_of {stance.AsOf:yyyy-MM-dd} is in the future");
        }

        var cycle = context.Content.Taxonomy?.ReviewCycles.StanceDays ?? 365;
        if (stance.AsOf != default && stance.AsOf.AddDays(cycle) < today)
        {
            context.Warning(DiagnosticCodes.StaleStance, stance.At("as_of"),
                $"{jurisdiction.Name} / {stance.Topic} is as of {stance.AsOf:yyyy-MM-dd}, older than the {cycle}-day review cycle");
        }
        else if (stance.NextReview != default && stance.NextReview < today)
        {
            context.Warning(DiagnosticCodes.ReviewOverdue, stance.At("next_review"),
                $"{jurisdiction.Name} / {stance.Topic} was due for review on {stance.NextReview:yyyy-MM-dd}");
        }
    }

    /// <summary>Instruments and regulators may come from the jurisdiction itself or from the one it sits in (us-ny may cite U.S. federal law).</summary>
    internal static void CheckSameFamily(ValidationContext context, string kind, string id, Jurisdiction jurisdiction, SourceLocation at)
    {
        var owner = context.OwnerOf(kind, id);
        if (owner is null || owner == jurisdiction.Id || owner == jurisdiction.Parent)
        {
            return;
        }

        context.Error(DiagnosticCodes.CrossJurisdictionReference, at, $"{kind} '{id}' belongs to '{owner}', not to '{jurisdiction.Id}'");
    }

    private static string ModelText(Enum value) => Load.ModelShape.EnumText(value);
}
