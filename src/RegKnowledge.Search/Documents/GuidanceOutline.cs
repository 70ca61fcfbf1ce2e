using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RegKnowledge.Content.Markdown;

namespace RegKnowledge.Search.Documents;

/// <summary>A heading of a guidance article with the id the site gives it.</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Text">The heading's plain text (Markdown markup removed).</param>
/// <param name="Slug">Unique within the article (<see cref="HeadingSlugger"/>).</param>
public sealed record GuidanceHeading(int Level, string Text, string Slug);

/// <summary>The text under a <c>##</c> or <c>###</c> heading, up to the next heading of level 3 or higher.</summary>
public sealed record GuidanceSection(GuidanceHeading Heading, string Text);

/// <summary>Reads the headings and sections of a guidance article's Markdown body.</summary>
/// <remarks>Headings are found by Markdig (CommonMark), so a <c>##</c> inside a code block is not a heading. Every heading,
/// at any level and nesting, takes part in slug de-duplication in document order: that is what the site renderer does.</remarks>
public static class GuidanceOutline
{
    private static readonly MarkdownPipeline Pipeline = GuidanceSyntax.Outline;

    /// <summary>Every heading of the article, in document order, with its unique slug.</summary>
    public static IReadOnlyList<GuidanceHeading> Headings(string markdown) =>
        Read(markdown).Headings.Select(h => h.Heading).ToList();

    /// <summary>One section per top-level <c>##</c> or <c>###</c> heading, with its text as plain text.</summary>
    public static IReadOnlyList<GuidanceSection> Sections(string markdown)
    {
        var (document, headings) = Read(markdown);
        var boundaries = document.OfType<HeadingBlock>().Where(h => h.Level <= 3).ToList();
        var slugOf = headings.ToDictionary(h => h.Block, h => h.Heading);
        var sections = new List<GuidanceSection>();
        for (var i = 0; i < boundaries.Count; i++)
        {
            var heading = boundaries[i];
            if (heading.Level < 2)
            {
                continue;
            }

            var start = Math.Min(heading.Span.End + 1, markdown.Length);
            var end = i + 1 < boundaries.Count ? boundaries[i + 1].Span.Start : markdown.Length;
            sections.Add(new GuidanceSection(slugOf[heading], PlainText(markdown[start..Math.Max(start, end)])));
        }

        return sections;
    }

    /// <summary>Markdown as plain text on one line: markup removed, link targets dropped, whitespace collapsed.</summary>
    public static string PlainText(string markdown) => CollapseWhitespace(Markdown.ToPlainText(markdown, Pipeline));

    /// <summary>The plain text of a heading as the slug rule sees it: literal text, code spans and link text, markup dropped.</summary>
    public static string HeadingText(HeadingBlock heading)
    {
        var text = new StringBuilder();
        AppendInline(text, heading.Inline);
        return CollapseWhitespace(text.ToString());
    }

    private static (MarkdownDocument Document, List<(HeadingBlock Block, GuidanceHeading Heading)> Headings) Read(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var slugger = new HeadingSlugger();
        var headings = document.Descendants<HeadingBlock>()
            .Select(block =>
            {
                var text = HeadingText(block);
                return (block, new GuidanceHeading(block.Level, text, slugger.Next(text)));
            })
            .ToList();
        return (document, headings);
    }

    private static void AppendInline(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInline(text, child);
                }

                break;
        }
    }

    private static string CollapseWhitespace(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
