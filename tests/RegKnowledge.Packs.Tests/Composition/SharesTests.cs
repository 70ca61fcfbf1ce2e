using RegKnowledge.Packs.Composition;

namespace RegKnowledge.Packs.Tests.Composition;

public sealed class SharesTests
{
    [Theory]
    [InlineData(new[] { 1, 1, 1, 0, 0 }, new[] { 34, 33, 33, 0, 0 })]
    [InlineData(new[] { 11, 22, 23, 2, 0 }, new[] { 19, 38, 40, 3, 0 })]
    [InlineData(new[] { 0, 0, 0, 0, 0 }, new[] { 0, 0, 0, 0, 0 })]
    public void Percentages_are_whole_numbers_that_add_up_to_100(int[] counts, int[] expected)
    {
        var percents = Shares.Percentages(counts);

        Assert.Equal(expected, percents);
        Assert.True(counts.Sum() == 0 || percents.Sum() == 100);
    }
}
