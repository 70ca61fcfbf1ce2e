using RegKnowledge.Model.Engagements;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Composition;

/// <summary>Section 4: our engagement with the recipient: open consultations (soonest deadline first), past consultations and letters
/// and meetings (latest first), each with our position and the outcome.</summary>
internal static class EngagementComposer
{
    public static PackEngagement Compose(PackContext context, PackSelection selection, PackRows rows)
    {
        var open = selection.OpenConsultations.ToHashSet();
        return new PackEngagement
        {
            Recipient = context.Recipient.Name,
            Open = selection.OpenConsultations.Select(rows.Engagement).ToList(),
            PastConsultations = selection.Engagements.Where(e => e.Kind == EngagementKind.Consultation && !open.Contains(e)).Select(rows.Engagement).ToList(),
            LettersAndMeetings = selection.Engagements.Where(e => e.Kind != EngagementKind.Consultation).Select(rows.Engagement).ToList(),
        };
    }
}
