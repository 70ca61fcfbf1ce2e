using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RegKnowledge.Content.Markdown;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Markdown;

/// <summary>The rendered body of a guidance article and its table of contents.</summary>
internal sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Toc);

/// <summary>Markdown → safe HTML: CommonMark with pipe tables and strikethrough, raw HTML off, no generic attributes,
/// heading ids by <see cref="HeadingSlugs"/>, links through <see cref="LinkPolicy"/>, images dropped, then <see cref="HtmlCleaner"/>.</summary>
internal static class GuidanceMarkdown
{
    private static readonly MarkdownPipeline Pipeline = GuidanceSyntax.Page;

    public static RenderedMarkdown Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var toc = NumberHeadings(document);
        ApplyLinkPolicy(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(HtmlCleaner.Clean(writer.ToString(), toc.Select(t => t.Anchor).ToHashSet(StringComparer.Ordinal)), toc);
    }

    /// <summary>Heading levels start at h2 (the page has the h1) and never skip a level; each gets a slug id.</summary>
    private static List<TocEntry> NumberHeadings(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        var toc = new List<TocEntry>();
        if (headings.Count == 0)
        {
            return toc;
        }

        var shift = 2 - headings.Min(h => h.Level);
        // The page around the article uses ids with an underscore, which a slug never contains, so the two cannot collide.
        var slugs = new HeadingSlugs();
        var previous = 1;
        foreach (var heading in headings)
        {
            var level = Math.Clamp(heading.Level + shift, 2, Math.Min(6, previous + 1));
            heading.Level = level;
            previous = level;
            var text = PlainText(heading.Inline);
            var slug = slugs.Next(text);
            heading.GetAttributes().Id = slug;
            if (level <= 3)
            {
                toc.Add(new TocEntry(slug, text, level));
            }
        }

        return toc;
    }

    private static void ApplyLinkPolicy(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !LinkPolicy.IsAllowed(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!LinkPolicy.IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    /// <summary>Keeps a dropped link's text (an image's alt text) in place of the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        foreach (var child in children)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
            }
        }

        return text.ToString().Trim();
    }
}
