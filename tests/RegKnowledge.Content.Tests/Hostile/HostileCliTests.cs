using System.Text.RegularExpressions;
using RegKnowledge.Testing;
using RegKnowledge.Testing.Processes;
using Xunit.Abstractions;

namespace RegKnowledge.Content.Tests.Hostile;

/// <summary>Runs the real <c>regk validate</c> as a child process on each hostile input planted in a copy of the sample content.
/// Every case must end with exit code 1 and a <c>file:line:col</c> diagnostic for the planted file, within a generous
/// hang guard and under a memory ceiling. Neither bound is a speed goal: they fail only on a hang or a blow-up.</summary>
public sealed partial class HostileCliTests(ITestOutputHelper log)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
    private const long MemoryCeiling = 1L << 30;

    public static TheoryData<string> Cases() => new(HostileCases.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects_hostile_input_with_exit_1_and_a_located_diagnostic(string name)
    {
        var hostile = HostileCases.All[name];
        using var temp = TempContent.FromSample();
        hostile.Plant(temp.Root);

        var run = RegkCli.Run(HangGuard, "validate", "--content", temp.Root);
        log.WriteLine($"{name}: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:F2} s, peak {run.PeakMemoryBytes / (1024 * 1024)} MiB ({run.MemoryMethod})");

        Assert.False(run.TimedOut, $"regk validate did not finish within {HangGuard.TotalSeconds} s");
        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\nstdout:\n{Head(run.Output)}\nstderr:\n{Head(run.Error)}");
        var located = Diagnostics(run.Output).Where(d => d.File.EndsWith("/" + hostile.File, StringComparison.Ordinal) && d.Code == hostile.Code).ToList();
        Assert.True(located.Count > 0, $"no {hostile.Code} for {hostile.File}; got:\n{Head(run.Output)}");
        Assert.All(located, d => Assert.True(d.Line >= 1 && d.Column >= 1));
        if (hostile.Line > 0)
        {
            Assert.Equal(hostile.Line, located[0].Line);
        }

        if (run.PeakMemoryBytes is { } peak)
        {
            Assert.True(peak < MemoryCeiling, $"peak resident memory {peak / (1024 * 1024)} MiB");
        }
    }

    [Theory]
    [InlineData("leading-bom")]
    [InlineData("crlf-line-ends")]
    public void Accepts_harmless_encoding_variants(string variant)
    {
        using var temp = TempContent.FromSample();
        var path = Path.Combine(temp.Root, "governance", "council.yaml");
        var text = File.ReadAllText(path);
        File.WriteAllBytes(path, variant == "leading-bom"
            ? [0xEF, 0xBB, 0xBF, .. HostilePayloads.Utf8(text)]
            : HostilePayloads.Utf8(text.Replace("\n", "\r\n", StringComparison.Ordinal)));

        var run = RegkCli.Run(HangGuard, "validate", "--content", temp.Root);

        Assert.True(run.ExitCode == 0, run.Output);
    }

    private static IEnumerable<(string File, int Line, int Column, string Code)> Diagnostics(string output) =>
        DiagnosticLine().Matches(output).Select(m => (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value), m.Groups["code"].Value));

    private static string Head(string text) => text.Length <= 4000 ? text : text[..4000] + "…";

    [GeneratedRegex(@"^(?<file>.+?):(?<line>\d+):(?<col>\d+): error (?<code>RK\d{4}):", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
