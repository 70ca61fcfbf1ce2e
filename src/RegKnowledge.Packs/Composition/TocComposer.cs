using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Composition;

/// <summary>The table of contents: every section and its numbered subsections, in the order the document prints them.</summary>
internal static class TocComposer
{
    public static IReadOnlyList<PackTocEntry> Compose(PackAlignment alignment, PackEngagement engagement)
    {
        var entries = new List<PackTocEntry>
        {
            PackHeadings.Summary,
            PackHeadings.Regime, PackHeadings.Regulators, PackHeadings.Stances, PackHeadings.Instruments,
            PackHeadings.Alignment,
        };
        entries.AddRange(alignment.Standards.Select(s => new PackTocEntry(s.Anchor, s.Number, s.Title, 3)));
        entries.Add(PackHeadings.Engagement);
        if (engagement.Open.Count + engagement.PastConsultations.Count + engagement.LettersAndMeetings.Count > 0)
        {
            entries.AddRange([PackHeadings.EngagementOpen, PackHeadings.EngagementPast, PackHeadings.EngagementContacts]);
        }

        entries.AddRange([PackHeadings.Guidance, PackHeadings.Glossary, PackHeadings.Sources, PackHeadings.Methodology, PackHeadings.Disclaimer]);
        return entries;
    }
}
