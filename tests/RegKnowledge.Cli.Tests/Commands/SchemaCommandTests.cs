using System.Text.Json;

namespace RegKnowledge.Cli.Tests.Commands;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Writes_one_parseable_schema_per_kind()
    {
        var folder = Path.Combine(Path.GetTempPath(), "regk-schema-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Assert.Equal(ExitCodes.Success, CliRun.Of("schema", "--out", folder).ExitCode);
            var files = Directory.GetFiles(folder, "*.schema.json");
            Assert.Equal(8, files.Length);
            using var mapping = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "mapping.schema.json")));
            var relationship = mapping.RootElement.GetProperty("$defs").GetProperty("Mapping").GetProperty("properties").GetProperty("relationship");
            Assert.Contains("subset-of", relationship.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
