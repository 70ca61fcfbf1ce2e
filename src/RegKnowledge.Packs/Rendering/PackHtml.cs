using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using RegKnowledge.Packs.Composition;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Rendering;

/// <summary>A pack rendered: the final model (glossary chosen, id settled) and its HTML, byte-identical for the same content and date.</summary>
internal sealed record RenderedPack(ComposedPack Composed, PackDocumentModel Model, string PackId, string Html)
{
    /// <summary>The HTML for the PDF: the same document with page numbers in the table of contents.</summary>
    public string WithPageNumbers(PackRenderer renderer, IReadOnlyList<int?> pages) =>
        renderer.Render(Model with { Toc = Model.Toc.Select((e, i) => e with { Page = pages[i] }).ToList() });
}

/// <summary>Finishes a composed pack: inlines the stylesheet, picks the glossary entries from the words the pack prints, and derives
/// the pack id from a hash of the pack's HTML (without the stylesheet), so the id changes exactly when something the pack says changes.</summary>
internal static partial class PackHtml
{
    public static RenderedPack Render(PackRenderer renderer, ComposedPack composed, IEnumerable<Model.Taxonomy.GlossaryEntry> glossary)
    {
        var model = composed.Model with { Meta = composed.Model.Meta with { Stylesheet = PackStylesheet.Css, StyleHash = PackStylesheet.CspHash } };
        var glossaryTerms = GlossaryFilter.Used(glossary, VisibleText(renderer.Render(model)));
        model = model with { Appendices = model.Appendices with { Glossary = glossaryTerms } };

        // Hashed without the stylesheet: the id follows what the pack says, not how it is laid out.
        var draft = renderer.Render(model with { Meta = model.Meta with { Stylesheet = "", StyleHash = "" } });
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(draft)))[..8];
        var packId = composed.IdPrefix + "-" + hash;
        model = model with
        {
            Cover = model.Cover with { PackId = packId },
            Meta = model.Meta with { Keywords = model.Meta.Keywords + ", " + packId },
        };
        return new RenderedPack(composed, model, packId, renderer.Render(model));
    }

    /// <summary>The text a reader sees: no head, no tags, entities decoded.</summary>
    public static string VisibleText(string html)
    {
        var body = html.IndexOf("<body", StringComparison.Ordinal) is var start and >= 0 ? html[start..] : html;
        return WebUtility.HtmlDecode(Tags().Replace(body, " "));
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
