using System.Globalization;
using RegKnowledge.Content.Validate;
using RegKnowledge.Model;
using RegKnowledge.Testing;

namespace RegKnowledge.Site.Tests;

/// <summary>Same content → byte-identical site, whatever the culture and the order files were read in.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Builds_byte_identical_sites_under_another_culture_and_shuffled_file_order()
    {
        var first = SampleSite.Files(SampleSite.BuildInto(SampleSite.Graph()));

        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            var content = CheckedContent.From(Fixtures.SampleContent, FakeClock.Default).Content;
            var second = SampleSite.Files(SampleSite.BuildInto(SampleSite.Graph(Shuffled(content))));

            Assert.Equal(first.Keys, second.Keys);
            foreach (var (path, bytes) in first)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between the two builds");
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static ContentSet Shuffled(ContentSet content)
    {
        static List<T> Reverse<T>(IEnumerable<T> items) => items.Reverse().ToList();
        return new ContentSet
        {
            Root = content.Root,
            Site = content.Site,
            Taxonomy = content.Taxonomy,
            Jurisdictions = Reverse(content.Jurisdictions),
            Standards = Reverse(content.Standards),
            MappingSets = Reverse(content.MappingSets),
            Guidance = Reverse(content.Guidance),
            Engagements = Reverse(content.Engagements),
            Governance = Reverse(content.Governance),
        };
    }
}
