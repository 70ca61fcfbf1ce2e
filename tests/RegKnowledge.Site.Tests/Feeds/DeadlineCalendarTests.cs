using System.Text;
using RegKnowledge.Site.Feeds;

namespace RegKnowledge.Site.Tests.Feeds;

public sealed class DeadlineCalendarTests
{
    [Fact]
    public void Writes_crlf_lines_of_at_most_75_octets_with_stable_uids_and_the_build_date_as_stamp()
    {
        var text = Encoding.UTF8.GetString(DeadlineCalendar.Build(SampleSite.Graph()));

        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.Contains("UID:mas-consultation-2026-deadline@damc-org.github.io\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261127T000000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20261215\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_text_and_folds_without_splitting_characters()
    {
        Assert.Equal("a\\, b\\; c\\\\ d\\ne", DeadlineCalendar.Escape("a, b; c\\ d\ne"));
        var folded = new StringBuilder();
        DeadlineCalendar.Fold(folded, "DESCRIPTION:" + new string('é', 80));
        Assert.All(folded.ToString().Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.Equal("DESCRIPTION:" + new string('é', 80), folded.ToString().Replace("\r\n ", "", StringComparison.Ordinal).TrimEnd());
    }
}
