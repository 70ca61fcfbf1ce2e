using RegKnowledge.Content.Load;
using RegKnowledge.Content.Validate;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Testing;
using RegKnowledge.Workflow.Scaffold;

namespace RegKnowledge.Workflow.Tests.Scaffold;

/// <summary>Given the sample content, a fresh scaffold of every kind validates without errors, explains every field, and is never written over an existing file.</summary>
public sealed class ScaffolderTests
{
    public static TheoryData<string, string> Requests => new()
    {
        { "jurisdiction", "ch" },
        { "standard", "cks" },
        { "guidance", "custody-basics" },
        { "engagement", "mas-letter-2027" },
        { "mapping", "trx--sg-copy" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Fresh_scaffold_validates_without_errors(string kind, string id)
    {
        using var temp = TempContent.FromSample();
        if (kind == "mapping")
        {
            Scaffolder.Create(temp.Root, "jurisdiction", "sg-copy", FakeClock.Default);
        }

        var result = Scaffolder.Create(temp.Root, kind, id, FakeClock.Default);
        var check = CheckedContent.From(temp.Root, FakeClock.Default);

        Assert.True(File.Exists(Path.Combine(temp.Root, result.RelativePath)));
        Assert.DoesNotContain(check.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith($"# yaml-language-server: $schema=../schema/{kind}.schema.json\n", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Every_field_of_the_model_appears_with_its_description(string kind, string id)
    {
        using var temp = TempContent.FromSample();
        var content = ContentLoader.Load(temp.Root).Content;
        if (kind == "mapping") id = "trx--sg";

        var text = Scaffolder.Render(content, kind, id, FakeClock.Default.Today).Text;

        var model = ContentKind.All.Single(k => k.Name == kind).ModelType;
        foreach (var shape in ModelShape.Of(model))
        {
            Assert.Matches($"(?m)^(# )?{shape.Key}:", text);
            Assert.Contains($"({(shape.Required ? "required" : "optional")}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Jurisdiction_scaffold_reads_as_a_commented_form()
    {
        using var temp = TempContent.FromSample();
        var text = Scaffolder.Render(ContentLoader.Load(temp.Root).Content, "jurisdiction", "ch", FakeClock.Default.Today).Text;
        var lines = text.Split('\n');

        Assert.Contains("id: ch", lines);
        Assert.Contains("region: europe  # TODO: region; one of: africa, asia-pacific, europe, latin-america-caribbean, middle-east, north-america", lines);
        Assert.Contains("# Display name. (required)", lines);
        Assert.Contains("# stances:", lines);
        Assert.Contains("#   - topic: <topic id>", lines);
        Assert.Contains("#     instruments: [<instrument id>]", lines);
        Assert.Contains("#     level: <stance-level id>", lines);
        Assert.Contains("tlp: amber  # TODO: new content starts staff-only; delete this line once reviewed to use the default label", lines);
    }

    [Fact]
    public void Mapping_scaffold_lists_every_active_clause_of_the_standard()
    {
        using var temp = TempContent.FromSample();
        var text = Scaffolder.Render(ContentLoader.Load(temp.Root).Content, "mapping", "trx--gb", FakeClock.Default.Today).Text;

        Assert.Contains("standard_version: 1.1.0", text, StringComparison.Ordinal);
        Assert.Contains("  - clause: trx-01\n", text, StringComparison.Ordinal);
        Assert.Contains("  - clause: trx-02\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_file()
    {
        using var temp = TempContent.FromSample();
        var before = temp.Read("jurisdictions/sg.yaml");

        var error = Assert.Throws<ScaffoldException>(() => Scaffolder.Create(temp.Root, "jurisdiction", "sg", FakeClock.Default));

        Assert.Contains("jurisdictions/sg.yaml already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Read("jurisdictions/sg.yaml"));
    }

    [Theory]
    [InlineData("jurisdiction", "Singapore", "is not a valid id")]
    [InlineData("mapping", "trx-sg", "standard--jurisdiction")]
    [InlineData("mapping", "nope--sg", "unknown standard 'nope'")]
    [InlineData("mapping", "trx--zz", "regk new jurisdiction zz")]
    [InlineData("taxonomy", "x", "choose one of")]
    public void Rejects_requests_it_cannot_scaffold(string kind, string id, string expected)
    {
        using var temp = TempContent.FromSample();

        var error = Assert.Throws<ScaffoldException>(() => Scaffolder.Create(temp.Root, kind, id, FakeClock.Default));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_empty_content_placeholder_references_fail_only_as_unknown_references()
    {
        using var temp = TempContent.Empty();

        Scaffolder.Create(temp.Root, "engagement", "mas-letter-2027", FakeClock.Default);
        var check = CheckedContent.From(temp.Root, FakeClock.Default);

        var inFile = check.Diagnostics.Where(d => d.Location.File == "engagements/mas-letter-2027.yaml").ToList();
        Assert.NotEmpty(inFile);
        Assert.All(inFile, d => Assert.Equal(DiagnosticCodes.UnknownReference, d.Code));
    }
}
