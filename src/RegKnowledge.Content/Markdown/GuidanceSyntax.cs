using Markdig;

namespace RegKnowledge.Content.Markdown;

/// <summary>The Markdown dialects guidance bodies are read with: one place, so the site, the search index and validation agree.</summary>
public static class GuidanceSyntax
{
    /// <summary>The site's and packs' rendering: CommonMark with pipe tables and strikethrough, raw HTML off.</summary>
    public static MarkdownPipeline Page { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    /// <summary>The search index's outline and plain text: CommonMark with pipe tables.</summary>
    public static MarkdownPipeline Outline { get; } = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Why <paramref name="markdown"/> cannot be rendered by either dialect, or null when it can.</summary>
    /// <remarks>Markdig refuses input nested beyond its depth limit (thousands of '[' or '>' in a row) with an ArgumentException
    /// while rendering. Found here, at validation, it becomes a diagnostic on the body instead of a failed build.</remarks>
    public static string? RenderProblem(string markdown)
    {
        try
        {
            Markdig.Markdown.ToHtml(markdown, Page);
            Markdig.Markdown.ToPlainText(markdown, Outline);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }
}
