using System.CommandLine;
using RegKnowledge.Cli.Reporting;
using RegKnowledge.Content.Validate;
using RegKnowledge.Workflow.Diff;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk diff BASE [HEAD]</c>: what changed in the content between two git revisions, in plain language.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var baseRevision = new Argument<string>("base") { Description = "Revision to compare from, e.g. main or origin/main" };
        var headRevision = new Argument<string?>("head")
        {
            Description = "Revision to compare to (default: the working tree, including uncommitted edits)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var content = CommonOptions.Content();
        content.Description = "Content folder inside the git repository (default: ./content)";
        var format = CommonOptions.Format("markdown", "markdown", "json");
        var command = new Command("diff", "Summarise content changes between two revisions by meaning (stances, mappings, deadlines…), "
            + "and the validation findings the change introduces. Exit 1 when the head has errors.")
        {
            baseRevision,
            headRevision,
            content,
            format,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(content)!;
            DiffReport report;
            try
            {
                report = ContentDiff.BetweenRevisions(folder.FullName, parse.GetValue(baseRevision)!, parse.GetValue(headRevision), BuildClock.FromEnvironment());
            }
            catch (GitException ex)
            {
                error.WriteLine($"regk diff: {ex.Message}");
                return ExitCodes.UsageOrInternal;
            }

            var prefix = ContentPaths.DisplayPrefix(folder);
            output.Write(parse.GetValue(format) == "json" ? DiffJson.Write(report, prefix) : DiffMarkdown.Write(report, prefix));
            return report.HeadErrors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
