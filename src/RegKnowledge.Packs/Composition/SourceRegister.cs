using RegKnowledge.SiteTemplates.ViewModels;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Composition;

/// <summary>Numbers every source the pack cites, in the order the reader meets them; the same source always gets the same number.</summary>
/// <remarks>Sections are composed in document order, so [1] is the first citation on page one and Appendix B reads top to bottom.</remarks>
internal sealed class SourceRegister
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<PackSource> sources = [];

    public IReadOnlyList<PackSource> All => sources;

    /// <summary>The number of the source titled <paramref name="title"/> at <paramref name="url"/>.</summary>
    /// <remarks>Keyed by address and title: a regulator's home page cited for two different publications stays two sources, each with
    /// the title the content gives it. A source without a linkable address is still listed.</remarks>
    public int Cite(string title, string? url, string? quote = null)
    {
        var safe = PackText.Https(url);
        var key = (safe ?? "") + "\n" + title;
        if (numbers.TryGetValue(key, out var number))
        {
            return number;
        }

        number = sources.Count + 1;
        numbers[key] = number;
        sources.Add(new PackSource(number, new SourceItem(title, safe, quote)));
        return number;
    }

    /// <summary>Numbers of several sources, ascending and without repeats, as a claim's citation.</summary>
    public static IReadOnlyList<int> Refs(IEnumerable<int> numbers) => numbers.Distinct().Order().ToList();
}
