using System.CommandLine;

namespace RegKnowledge.Cli;

/// <summary>Options several commands share, created fresh per command (an option belongs to one command).</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Content() => new("--content")
    {
        Description = "Content folder to read (default: ./content)",
        DefaultValueFactory = _ => new DirectoryInfo("content"),
    };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", allowed)} (default: {defaultValue})",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }
}
