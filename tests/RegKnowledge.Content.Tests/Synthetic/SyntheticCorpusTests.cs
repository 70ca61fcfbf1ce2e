using RegKnowledge.Content.Validate;
using RegKnowledge.Testing;
using RegKnowledge.Testing.Synthetic;

namespace RegKnowledge.Content.Tests.Synthetic;

/// <summary>The generator behind the benchmarks: its content must be valid (or the benchmarks measure error paths) and reproducible.</summary>
public sealed class SyntheticCorpusTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("10")]
    public void Generated_content_validates_without_any_diagnostic(string scaleName)
    {
        using var temp = TempContent.Empty();
        var summary = SyntheticCorpus.Write(temp.Root, SyntheticScale.Parse(scaleName), seed: 7);

        var result = CheckedContent.From(temp.Root, new FakeClock(SyntheticCorpus.ReferenceDate));

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Take(20)));
        Assert.Equal(summary.Scale.Jurisdictions, result.Content.Jurisdictions.Count);
        Assert.Equal(summary.Scale.Jurisdictions * SyntheticScale.Topics, result.Content.Jurisdictions.Sum(j => j.Stances.Count));
        Assert.Equal(summary.Scale.MappingFiles * summary.Scale.ClausesPerStandard, result.Content.MappingSets.Sum(m => m.Mappings.Count));
        Assert.Equal(summary.Scale.Guidance, result.Content.Guidance.Count);
        Assert.Equal(summary.Scale.Engagements, result.Content.Engagements.Count);
    }

    [Fact]
    public void Same_seed_gives_byte_identical_files_and_another_seed_does_not()
    {
        using var first = TempContent.Empty();
        using var second = TempContent.Empty();
        using var other = TempContent.Empty();
        SyntheticCorpus.Write(first.Root, SyntheticScale.One, seed: 42);
        SyntheticCorpus.Write(second.Root, SyntheticScale.One, seed: 42);
        SyntheticCorpus.Write(other.Root, SyntheticScale.One, seed: 43);

        var files = RelativeFiles(first.Root);
        Assert.Equal(files, RelativeFiles(second.Root));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first.Root, f)), File.ReadAllBytes(Path.Combine(second.Root, f))));
        Assert.Contains(RelativeFiles(other.Root), f => !File.Exists(Path.Combine(first.Root, f))
            || !File.ReadAllBytes(Path.Combine(first.Root, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other.Root, f))));
    }

    [Fact]
    public void Guidance_bodies_are_realistic_markdown_of_300_to_1500_words()
    {
        using var temp = TempContent.Empty();
        SyntheticCorpus.Write(temp.Root, SyntheticScale.One, seed: 1);
        var result = CheckedContent.From(temp.Root, new FakeClock(SyntheticCorpus.ReferenceDate));

        Assert.All(result.Content.Guidance, article =>
        {
            var words = article.Body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 250, 1900);
            Assert.Contains("## ", article.Body, StringComparison.Ordinal);
        });
        var bodies = string.Join("\n", result.Content.Guidance.Select(g => g.Body));
        Assert.Contains("|---|", bodies, StringComparison.Ordinal);
        Assert.Contains("](https://", bodies, StringComparison.Ordinal);
        Assert.Contains("\n- ", bodies, StringComparison.Ordinal);
        Assert.Contains("\n1. ", bodies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", 1_200, 1_400)]
    [InlineData("10k", 9_500, 10_500)]
    [InlineData("10", 12_000, 14_000)]
    [InlineData("100", 45_000, 52_000)]
    public void Named_scales_hit_their_document_targets(string name, int min, int max)
    {
        Assert.InRange(SyntheticScale.Parse(name).EstimatedDocuments, min, max);
    }

    private static List<string> RelativeFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
