using RegKnowledge.Packs.Printing;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Tests.Printing;

public sealed class TocPageFinderTests
{
    private static readonly PackTocEntry[] Entries =
    [
        PackHeadings.Summary, PackHeadings.Regime, PackHeadings.Stances, PackHeadings.Alignment,
        new("standard-trx", "3.1", "Travel Rule Standard", 3), PackHeadings.Disclaimer,
    ];

    private static string Page(params string[] lines) => TocPageFinder.Normalise(string.Join("\n", lines));

    [Fact]
    public void Finds_each_heading_on_its_page_ignoring_the_contents_pages_that_repeat_them()
    {
        var pages = new[]
        {
            Page("Briefing pack", "1 Summary", "why"),
            Page("summary continued, mentions 3 Standards alignment in passing"),
            Page("Contents", "1 Summary 1", "2 The regime as the consortium understands it 4", "2.2 Stance by topic 4"),
            Page("3 Standards alignment 5", "3.1 Travel Rule Standard 6", "Appendix D Disclaimer 7"),
            Page("2 The regime as the", "consortium understands it", "text", "2.2 Stance by", "topic"),
            Page("3 Standards alignment", "intro"),
            Page("3.1 Travel Rule Standard", "rows"),
            Page("Appendix D Disclaimer", "not legal advice"),
        };

        Assert.Equal([1, 5, 5, 6, 7, 8], TocPageFinder.Find(pages, Entries).Select(p => p ?? 0));
    }

    [Fact]
    public void Leaves_a_heading_it_cannot_find_without_a_number()
    {
        var pages = new[] { Page("1 Summary"), Page("Contents 2 The regime as the consortium understands it"), Page("2 The regime as the consortium understands it") };

        var found = TocPageFinder.Find(pages, Entries);

        Assert.Equal([1, 3], found.Take(2).Select(p => p ?? 0));
        Assert.All(found.Skip(2), p => Assert.Null(p));
    }

    [Fact]
    public void Normalising_drops_whitespace_and_soft_hyphens_and_unfolds_ligatures() =>
        Assert.Equal("Officialguidance", TocPageFinder.Normalise("O\uFB03cial gui\u00ADdance"));
}
