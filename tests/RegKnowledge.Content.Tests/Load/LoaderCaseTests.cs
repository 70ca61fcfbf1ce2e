using System.Text.RegularExpressions;
using RegKnowledge.Content.Load;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Testing;

namespace RegKnowledge.Content.Tests.Load;

/// <summary>Each file in Load/Cases is a malformed content file whose header says what the loader must report:
/// <c># kind: governance</c> and <c># expect: RK1002 5:1</c>. The cases document the rejections as much as they test them.</summary>
public sealed partial class LoaderCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(AppContext.BaseDirectory, "Load", "Cases");
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects_case_with_expected_code_line_and_column(string name)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Load", "Cases", name + ".yaml"));
        var kindName = KindHeader().Match(source).Groups[1].Value;
        var expected = ExpectHeader().Match(source);
        Assert.True(expected.Success, $"case {name} has no '# expect: CODE line:col' header");
        var kind = ContentKind.All.Single(k => k.Name == kindName);

        using var temp = TempContent.Empty();
        var relative = Path.Combine(kind.Folder, name + ".yaml");
        temp.Write(relative, source);
        var diagnostics = new List<Diagnostic>();
        ContentLoader.LoadFile(temp.Root, relative, kind, LoadLimits.Default, diagnostics);

        var code = expected.Groups[1].Value;
        var line = int.Parse(expected.Groups[2].Value);
        var column = int.Parse(expected.Groups[3].Value);
        var found = diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(found is not null, $"expected {code} but got: {string.Join(" | ", diagnostics)}");
        Assert.Equal((line, column), (found.Location.Line, found.Location.Column));
        Assert.Equal($"{kind.Folder}/{name}.yaml", found.Location.File);
        Assert.Equal(Severity.Error, found.Severity);
        Assert.False(string.IsNullOrWhiteSpace(found.Message));
    }

    [GeneratedRegex(@"^# kind: ([a-z-]+)", RegexOptions.Multiline)]
    private static partial Regex KindHeader();

    [GeneratedRegex(@"^# expect: (RK\d{4}) (\d+):(\d+)", RegexOptions.Multiline)]
    private static partial Regex ExpectHeader();
}
