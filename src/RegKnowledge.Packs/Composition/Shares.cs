using RegKnowledge.Content.Graph;
using RegKnowledge.SiteTemplates.ViewModels;
using Verdict = RegKnowledge.Model.Mappings.Alignment;

namespace RegKnowledge.Packs.Composition;

/// <summary>Alignment verdicts as the site shows them (same labels and colour classes), and whole-number shares that add up to 100.</summary>
internal static class Shares
{
    public static readonly Verdict[] Verdicts = [Verdict.Aligned, Verdict.Partial, Verdict.Gap, Verdict.Conflict, Verdict.NotApplicable];

    public static IReadOnlyList<AlignmentShare> Of(IReadOnlyCollection<ResolvedMapping> mappings)
    {
        var counts = Verdicts.Select(v => mappings.Count(m => m.Mapping.Alignment == v)).ToArray();
        var percents = Percentages(counts);
        return Verdicts.Select((v, i) => new AlignmentShare(Text(v), CssClass(v), counts[i], percents[i])).ToList();
    }

    public static Badge Badge(Verdict verdict) => new(Text(verdict), CssClass(verdict), Meaning(verdict));

    public static string Text(Verdict verdict) => verdict == Verdict.NotApplicable ? "Not applicable" : PackText.Capitalised(verdict);

    public static string CssClass(Verdict verdict) => "al-" + PackText.Kebab(verdict);

    public static string Meaning(Verdict verdict) => verdict switch
    {
        Verdict.Aligned => "Following the clause satisfies the local rule and vice versa.",
        Verdict.Partial => "The two overlap, with differences that need attention.",
        Verdict.Gap => "One side has a requirement the other lacks.",
        Verdict.Conflict => "Following one breaks the other.",
        _ => "The clause does not apply there (for example, the activity is prohibited).",
    };

    /// <summary>Largest-remainder rounding, so a bar never over- or under-fills and the figures add up to 100.</summary>
    public static int[] Percentages(IReadOnlyList<int> counts)
    {
        var total = counts.Sum();
        var result = new int[counts.Count];
        if (total == 0)
        {
            return result;
        }

        var remainders = new (double Remainder, int Index)[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            var exact = counts[i] * 100.0 / total;
            result[i] = (int)Math.Floor(exact);
            remainders[i] = (exact - result[i], i);
        }

        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take(100 - result.Sum()))
        {
            result[index]++;
        }

        return result;
    }
}
