namespace RegKnowledge.Cli.Reporting;

/// <summary>How a content folder is shown in diagnostics: relative to the working directory when inside it, so editors and CI can open it.</summary>
internal static class ContentPaths
{
    public static string DisplayPrefix(DirectoryInfo content)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, content.FullName).Replace('\\', '/');
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? content.FullName.Replace('\\', '/') : relative;
        return shown == "." ? "" : shown.TrimEnd('/') + "/";
    }
}
