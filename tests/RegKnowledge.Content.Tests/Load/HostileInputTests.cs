using System.Diagnostics;
using System.Text;
using RegKnowledge.Content.Load;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Testing;

namespace RegKnowledge.Content.Tests.Load;

/// <summary>Inputs that cannot live in a text case file: bytes, sizes and depths.</summary>
public sealed class HostileInputTests
{
    private static List<Diagnostic> LoadGovernance(byte[] bytes, LoadLimits? limits = null)
    {
        using var temp = TempContent.Empty();
        temp.WriteBytes("governance/body.yaml", bytes);
        var diagnostics = new List<Diagnostic>();
        ContentLoader.LoadFile(temp.Root, "governance/body.yaml", ContentKind.All.Single(k => k.Name == "governance"), limits ?? LoadLimits.Default, diagnostics);
        return diagnostics;
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private const string ValidBody = "id: body\nname: A body\nkind: council\nremit: r\n";

    [Fact]
    public void Accepts_a_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8(ValidBody)).ToArray();
        Assert.Empty(LoadGovernance(bytes));
    }

    [Fact]
    public void Rejects_invalid_utf8_with_line_and_column()
    {
        var bytes = Utf8("id: body\nname: A b").Concat(new byte[] { 0xE9 }).Concat(Utf8("dy\nkind: council\nremit: r\n")).ToArray();
        var diagnostic = Assert.Single(LoadGovernance(bytes));
        Assert.Equal(DiagnosticCodes.InvalidEncoding, diagnostic.Code);
        Assert.Equal((2, 10), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Theory]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u0007')]
    [InlineData('\u0085')]
    public void Rejects_control_and_bidi_characters(char character)
    {
        var diagnostic = Assert.Single(LoadGovernance(Utf8($"id: body\nname: A {character}body\nkind: council\nremit: r\n")));
        Assert.Equal(DiagnosticCodes.ForbiddenCharacter, diagnostic.Code);
        Assert.Equal((2, 9), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Theory]
    [InlineData(131)]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Stops_deep_nesting_quickly(int depth)
    {
        var text = "id: body\nname: " + new string('[', depth) + new string(']', depth) + "\nkind: council\nremit: r\n";
        var watch = Stopwatch.StartNew();
        var diagnostic = Assert.Single(LoadGovernance(Utf8(text)));
        watch.Stop();
        Assert.Equal(DiagnosticCodes.TooDeep, diagnostic.Code);
        Assert.Equal(2, diagnostic.Location.Line);
        // Not a timing test: a generous bound that only a hang or quadratic walk would break.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Stops_deep_block_nesting()
    {
        var builder = new StringBuilder("id: body\nname: A body\nkind: council\nremit: r\nchair:\n");
        for (var i = 1; i < 60; i++)
        {
            builder.Append(new string(' ', i * 2)).Append("k").Append(i).Append(":\n");
        }

        var diagnostic = Assert.Single(LoadGovernance(Utf8(builder.ToString())));
        Assert.Equal(DiagnosticCodes.TooDeep, diagnostic.Code);
    }

    [Fact]
    public void Rejects_files_over_the_size_limit_before_reading_them()
    {
        var diagnostic = Assert.Single(LoadGovernance(Utf8(ValidBody + "# " + new string('x', 2048) + "\n"), LoadLimits.Default with { MaxFileBytes = 1024 }));
        Assert.Equal(DiagnosticCodes.FileTooLarge, diagnostic.Code);
        Assert.Equal((1, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Rejects_text_over_the_field_limit()
    {
        var diagnostic = Assert.Single(LoadGovernance(Utf8($"id: body\nname: A body\nkind: council\nremit: {new string('x', 2001)}\n")));
        Assert.Equal(DiagnosticCodes.TextTooLong, diagnostic.Code);
        Assert.Equal((4, 8), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Rejects_a_huge_scalar_quickly()
    {
        var diagnostics = LoadGovernance(Utf8($"id: body\nname: \"{new string('x', 900_000)}\"\nkind: council\nremit: r\n"));
        Assert.Equal(DiagnosticCodes.TextTooLong, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Reports_every_field_problem_of_a_file_not_just_the_first()
    {
        var diagnostics = LoadGovernance(Utf8("id: body\nkind: committee\nremit: [x]\nchair: no\n"));
        Assert.Equal(
            [DiagnosticCodes.UnknownEnumValue, DiagnosticCodes.WrongType, DiagnosticCodes.AmbiguousScalar, DiagnosticCodes.MissingValue],
            diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Quoted_yes_is_text()
    {
        Assert.Empty(LoadGovernance(Utf8(ValidBody + "chair: \"yes\"\n")));
    }
}
