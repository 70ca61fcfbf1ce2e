using System.CommandLine;
using RegKnowledge.Content.Validate;
using RegKnowledge.Workflow.Scaffold;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk new KIND ID</c>: write a new content file with every field explained; never overwrites.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("kind") { Description = $"What to create: {string.Join(", ", Scaffolder.Kinds)}" };
        kind.AcceptOnlyFromAmong([.. Scaffolder.Kinds]);
        var id = new Argument<string>("id") { Description = "Its id, which is also the file name (a mapping: standard--jurisdiction, e.g. trx--sg)" };
        var content = CommonOptions.Content();
        var command = new Command("new", "Create a new content file from the model: every field explained, TODOs to fill in, valid as written.")
        {
            kind,
            id,
            content,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(content)!;
            try
            {
                var result = Scaffolder.Create(folder.FullName, parse.GetValue(kind)!, parse.GetValue(id)!, BuildClock.FromEnvironment());
                output.WriteLine($"created {Path.Combine(folder.ToString(), result.RelativePath).Replace('\\', '/')}");
                output.WriteLine("Next: replace every TODO in it, then run: regk validate");
                return ExitCodes.Success;
            }
            catch (ScaffoldException ex)
            {
                error.WriteLine($"regk new: {ex.Message}");
                return ExitCodes.UsageOrInternal;
            }
        });
        return command;
    }
}
