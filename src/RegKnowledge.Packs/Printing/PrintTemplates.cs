using System.Net;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Packs.Printing;

/// <summary>The running header and footer Chromium prints in the page margins: title and TLP label at the top; pack id, label and
/// "Page x of y" at the bottom (TLP 2.0 asks for the label in both). Inline styles only: templates cannot see the document's stylesheet.</summary>
internal sealed record PrintTemplates(string Header, string Footer)
{
    private const string Box = "width:100%;margin:0 16mm;font-family:'Liberation Sans',Arial,sans-serif;font-size:7.5pt;color:#444;"
        + "display:flex;justify-content:space-between;align-items:center;gap:4mm;-webkit-print-color-adjust:exact;print-color-adjust:exact;";

    public static PrintTemplates For(string title, string packId, Tlp label)
    {
        var tlp = $"<span style=\"background:#000;color:{Colour(label)};font-weight:bold;padding:0 4px;\">{TlpText.Label(label)}</span>";
        var header = $"<div style=\"{Box}\"><span>{WebUtility.HtmlEncode(title)}</span>{tlp}</div>";
        var footer = $"<div style=\"{Box}\"><span>{WebUtility.HtmlEncode(packId)}</span>{tlp}"
            + "<span>Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>";
        return new PrintTemplates(header, footer);
    }

    /// <summary>FIRST TLP 2.0 label colours (on black).</summary>
    private static string Colour(Tlp label) => label switch
    {
        Tlp.Clear => "#ffffff",
        Tlp.Green => "#33ff00",
        Tlp.Amber or Tlp.AmberStrict => "#ffc000",
        _ => "#ff2b2b",
    };
}
