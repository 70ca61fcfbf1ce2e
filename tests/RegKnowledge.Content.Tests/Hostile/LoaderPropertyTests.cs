using CsCheck;
using RegKnowledge.Content.Validate;
using RegKnowledge.Testing;

namespace RegKnowledge.Content.Tests.Hostile;

/// <summary>Property: however a valid content file is mangled, loading and validating never throws, and every finding
/// names a file and a line and column ≥ 1.</summary>
public sealed class LoaderPropertyTests
{
    // CsCheck re-seeds every iteration after the first, so the whole run is drawn as one sample from this fixed seed:
    // 400 cases of one to three stacked mutations, identical on every run and machine.
    private const string Seed = "0000000000V7";
    private const int Cases = 400;

    private static readonly string[] Files = Directory.EnumerateFiles(Fixtures.SampleContent, "*.yaml", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Fixtures.SampleContent, f))
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static readonly Gen<ContentMutation> Mutation = Gen.Select(
        Gen.Int[0, Files.Length - 1], Gen.Enum<MutationKind>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue],
        (file, kind, position, choice, amount) => new ContentMutation(file, kind, position, choice, amount));

    [Fact]
    public void Mutated_content_never_crashes_the_loader_or_validator_and_every_diagnostic_is_located()
    {
        using var temp = TempContent.FromSample();
        var originals = Files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(temp.Root, f)), StringComparer.Ordinal);

        Mutation.Array[1, 3].Array[Cases].Sample(cases =>
        {
            for (var i = 0; i < cases.Length; i++)
            {
                CheckOne(temp.Root, originals, cases[i], i);
            }
        }, seed: Seed, iter: 1, threads: 1);
    }

    private static void CheckOne(string root, Dictionary<string, byte[]> originals, ContentMutation[] mutations, int index)
    {
        var touched = mutations.Select(m => Files[m.FileIndex]).Distinct(StringComparer.Ordinal).ToList();
        foreach (var mutation in mutations)
        {
            var path = Path.Combine(root, Files[mutation.FileIndex]);
            File.WriteAllBytes(path, mutation.Apply(File.ReadAllBytes(path)));
        }

        var description = $"case {index}: {string.Join(" then ", mutations.Select(m => $"{m} on {Files[m.FileIndex]}"))}";
        try
        {
            var result = CheckedContent.From(root, FakeClock.Default);
            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.True(!string.IsNullOrEmpty(diagnostic.Location.File) && diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1,
                    $"{description}: unlocated diagnostic {diagnostic}");
            }
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{description}: {ex}");
        }
        finally
        {
            foreach (var file in touched)
            {
                File.WriteAllBytes(Path.Combine(root, file), originals[file]);
            }
        }
    }
}
