using System.CommandLine;
using RegKnowledge.Cli.Reporting;
using RegKnowledge.Content.Validate;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk validate</c>: load and check the content, report every finding with its place.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var format = CommonOptions.Format("text", DiagnosticWriter.Formats);
        var command = new Command("validate", "Check the content: syntax, references, values, staleness and labels. Exit 1 on any error.")
        {
            content,
            format,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(content)!;
            var result = CheckedContent.From(folder.FullName, BuildClock.FromEnvironment());
            DiagnosticWriter.Write(output, parse.GetValue(format)!, result.Diagnostics, ContentPaths.DisplayPrefix(folder));
            return result.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
