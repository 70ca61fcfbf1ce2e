using System.CommandLine;
using RegKnowledge.Cli.Commands;

namespace RegKnowledge.Cli;

/// <summary>Builds the regk command tree and runs it with regk's exit-code contract (0 clean, 1 content errors, 2 usage or internal).</summary>
public static class CommandLine
{
    /// <summary>Every command, in help order.</summary>
    private static IEnumerable<Command> Commands(TextWriter output, TextWriter error) =>
    [
        ValidateCommand.Create(output, error),
        StatsCommand.Create(output, error),
        SchemaCommand.Create(output, error),
        BuildCommand.Create(output, error),
        DiffCommand.Create(output, error),
        NewCommand.Create(output, error),
        ExportCommand.Create(output, error),
        ServeCommand.Create(output, error),
        IndexCommand.Create(output, error),
        SearchCommand.Create(output, error),
        PackCommand.Create(output, error),
    ];

    /// <summary>Parses and runs <paramref name="args"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("regk — the consortium's regulatory knowledge base: validate, search, build the site and briefing packs.");
        foreach (var command in Commands(output, error))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"regk: {problem.Message}");
            }

            error.WriteLine("Run 'regk --help' for usage.");
            return ExitCodes.UsageOrInternal;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"regk: internal error: {ex.Message}");
            error.WriteLine("This is a bug in regk, not in your content; please report it with the command you ran.");
            return ExitCodes.UsageOrInternal;
        }
    }
}
