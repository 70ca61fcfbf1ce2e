using System.CommandLine;
using System.Text.Json;
using RegKnowledge.Content.Validate;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk stats</c>: counts per kind, stances without a source, stale items.</summary>
internal static class StatsCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var format = CommonOptions.Format("text", "text", "json");
        var command = new Command("stats", "Count the content per kind and report gaps (stances without a source, stale items).") { content, format };
        command.SetAction(parse =>
        {
            var result = CheckedContent.From(parse.GetValue(content)!.FullName, BuildClock.FromEnvironment());
            var stats = ContentStatistics.Of(result);
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(stats, Json));
            }
            else
            {
                foreach (var property in typeof(ContentStatistics).GetProperties())
                {
                    output.WriteLine($"{JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name),-24} {property.GetValue(stats)}");
                }
            }

            return result.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
