using RegKnowledge.Content.Load;
using RegKnowledge.Content.Schema;
using RegKnowledge.Testing;

namespace RegKnowledge.Content.Tests.Schema;

/// <summary>The committed schemas under content/schema must equal what the model generates.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Kinds() => new(ContentKind.All.Select(k => k.Name));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Committed_schema_is_up_to_date(string kindName)
    {
        var kind = ContentKind.All.Single(k => k.Name == kindName);
        var path = Path.Combine(Fixtures.StarterContent, "schema", kind.SchemaFile);
        Assert.True(File.Exists(path), $"{path} is missing; run: regk schema");
        Assert.True(JsonSchemaGenerator.Generate(kind) == File.ReadAllText(path),
            $"content/schema/{kind.SchemaFile} is out of date; run: artifacts/bin/regk schema --out content/schema");
    }

    [Fact]
    public void Every_yaml_file_names_its_schema_for_editors()
    {
        foreach (var kind in ContentKind.All)
        {
            var folder = Path.Combine(Fixtures.StarterContent, kind.Folder);
            foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.yaml") : [])
            {
                var first = File.ReadLines(file).First();
                Assert.True(first == $"# yaml-language-server: $schema=../schema/{kind.SchemaFile}", $"{file} should start with the schema comment");
            }
        }
    }
}
