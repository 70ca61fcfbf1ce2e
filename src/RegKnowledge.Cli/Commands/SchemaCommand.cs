using System.CommandLine;
using RegKnowledge.Content.Load;
using RegKnowledge.Content.Schema;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk schema</c>: write the JSON Schemas editors use for completion (committed under content/schema/).</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write the schemas to (default: ./content/schema)",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("content", "schema")),
        };
        var command = new Command("schema", "Write a JSON Schema per content kind, generated from the content model.") { outDir };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(outDir)!;
            folder.Create();
            foreach (var kind in ContentKind.All)
            {
                File.WriteAllText(Path.Combine(folder.FullName, kind.SchemaFile), JsonSchemaGenerator.Generate(kind));
                output.WriteLine($"wrote {Path.Combine(folder.ToString(), kind.SchemaFile)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
