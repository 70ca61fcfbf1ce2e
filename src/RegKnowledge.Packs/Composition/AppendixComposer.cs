using RegKnowledge.Model.Common;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Composition;

/// <summary>Appendices B to D: the numbered sources, the methodology and the disclaimer with the as-of dates. The glossary (A) is chosen
/// after rendering, from the words the pack actually prints (<see cref="GlossaryFilter"/>).</summary>
internal static class AppendixComposer
{
    public static PackAppendices Compose(PackContext context, PackSelection selection) => new()
    {
        Sources = context.Sources.All,
        Methodology = Methodology(context),
        Disclaimer = Disclaimer(context, selection),
    };

    private static PackMethodology Methodology(PackContext context)
    {
        var recipient = context.Recipient;
        var notes = new List<string>
        {
            $"This pack was built from the consortium's knowledge base (content version {context.ContentVersion}) for {recipient.Name}. "
                + $"It contains only content labelled up to {TlpText.Label(recipient.Ceiling)}: the lower of the recipient's clearance "
                + $"({TlpText.Label(recipient.RecipientCeiling)}) and that of the build's audience ({TlpText.Label(context.Graph.Audience.Ceiling)}). "
                + "Draft rationales and internal notes are never included.",
            "Sections 2 and 3 cover the whole jurisdiction; section 4 covers engagement with the recipient of this pack. "
                + "Every statement about the regime, a mapping or a consultation is taken from the knowledge base and cites its primary sources (Appendix B).",
            "Each mapping relates one clause of a consortium standard (the source) to one local provision (the target), using the relationship types "
                + "of NIST IR 8477. The headline figures count mappings: a clause mapped to two provisions counts twice.",
            IssueRanking.Explanation + " Our asks are our recorded position on each open consultation, followed by those gaps and conflicts.",
        };
        return new PackMethodology
        {
            Notes = notes,
            Relationships =
            [
                new("Equal", "The clause and the local provision say the same thing."),
                new("Subset of", "The clause is narrower than, and contained in, the local provision."),
                new("Superset of", "The clause is wider than, and contains, the local provision."),
                new("Intersects with", "They overlap; each has content the other lacks."),
                new("No relationship", "No local provision corresponds to the clause."),
            ],
            Bases =
            [
                new("Syntactic", "The wording was compared."),
                new("Semantic", "The meaning was compared."),
                new("Functional", "The effect in practice was compared."),
            ],
            Strength = "Strength rates how closely the two correspond, from 0 (not at all) to 10 (identical).",
            Confidence =
            [
                new("High confidence", "Checked against the text of the provision."),
                new("Medium confidence", "The reviewer is reasonably sure."),
                new("Low confidence", "Needs checking."),
            ],
            Verdicts = Shares.Verdicts.Select(v => new PackTerm(Shares.Text(v), Shares.Meaning(v))).ToList(),
            StanceLevels = context.Levels.ToList(),
        };
    }

    private static IReadOnlyList<string> Disclaimer(PackContext context, PackSelection selection)
    {
        var site = context.Graph.Site;
        var stances = context.Jurisdiction.Stances.Where(s => context.InScope([s.Topic])).Select(s => s.AsOf).ToList();
        var reviews = selection.Mappings.Select(m => m.Mapping.ReviewedOn).ToList();
        var asOf = stances.Count == 0 ? "" : $"Stances describe the law as of {Range(stances, "", "dates between ")}, as shown with each of them. ";
        var reviewed = reviews.Count == 0 ? "" : $"Mappings were reviewed {Range(reviews, "on ", "between ")}. ";
        return
        [
            "This pack is not legal advice. It records the consortium's understanding of the rules and of its own standards, and is no "
                + "substitute for the primary sources it cites or for advice on a particular case.",
            $"{asOf}{reviewed}Rules and their interpretation may have changed since; the date of the pack is {PackText.Date(context.Today).Display}.",
            $"Prepared by the {site.Consortium} from content version {context.ContentVersion}. The document is labelled "
                + $"{TlpText.Label(context.Label)}. {PackText.TlpSharing(context.Label)}",
        ];
    }

    /// <summary>"on 1 July 2026" or "between 1 July 2026 and 3 May 2027" (with the given lead-ins).</summary>
    private static string Range(IReadOnlyCollection<DateOnly> dates, string single, string between)
    {
        var (first, last) = (dates.Min(), dates.Max());
        return first == last ? single + PackText.Date(first).Display : $"{between}{PackText.Date(first).Display} and {PackText.Date(last).Display}";
    }
}
