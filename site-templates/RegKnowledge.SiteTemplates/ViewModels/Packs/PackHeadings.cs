namespace RegKnowledge.SiteTemplates.ViewModels.Packs;

/// <summary>The fixed headings of every pack. Templates print them and the table of contents lists them from this one place, so the
/// page-number search always looks for the text that was printed.</summary>
public static class PackHeadings
{
    public static readonly PackTocEntry Summary = new("summary", "1", "Summary", 2);
    public static readonly PackTocEntry Why = new("why", "1.1", "Why this pack", 3);
    public static readonly PackTocEntry Figures = new("figures", "1.2", "Headline alignment figures", 3);
    public static readonly PackTocEntry Asks = new("asks", "1.3", "Our asks", 3);
    public static readonly PackTocEntry Issues = new("issues", "1.4", "Most important gaps and conflicts", 3);
    public static readonly PackTocEntry OpenConsultations = new("open-consultations", "1.5", "Open consultations and our position", 3);
    public static readonly PackTocEntry Contents = new("contents", "", "Contents", 2);
    public static readonly PackTocEntry Regime = new("regime", "2", "The regime as the consortium understands it", 2);
    public static readonly PackTocEntry Regulators = new("regulators", "2.1", "Regulators", 3);
    public static readonly PackTocEntry Stances = new("stances", "2.2", "Stance by topic", 3);
    public static readonly PackTocEntry Instruments = new("instruments", "2.3", "Instruments and their status", 3);
    public static readonly PackTocEntry Alignment = new("alignment", "3", "Standards alignment", 2);
    public static readonly PackTocEntry Engagement = new("engagement", "4", "Our engagement", 2);
    public static readonly PackTocEntry EngagementOpen = new("engagement-open", "4.1", "Open consultations", 3);
    public static readonly PackTocEntry EngagementPast = new("engagement-past", "4.2", "Past consultations", 3);
    public static readonly PackTocEntry EngagementContacts = new("engagement-contacts", "4.3", "Letters and meetings", 3);
    public static readonly PackTocEntry Guidance = new("guidance", "5", "Relevant guidance", 2);
    public static readonly PackTocEntry Glossary = new("glossary", "Appendix A", "Glossary", 2);
    public static readonly PackTocEntry Sources = new("sources", "Appendix B", "Sources", 2);
    public static readonly PackTocEntry Methodology = new("methodology", "Appendix C", "Methodology", 2);
    public static readonly PackTocEntry Disclaimer = new("disclaimer", "Appendix D", "Disclaimer", 2);

    /// <summary>Anchor of a numbered source in Appendix B.</summary>
    public static string SourceAnchor(int number) => "source-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
