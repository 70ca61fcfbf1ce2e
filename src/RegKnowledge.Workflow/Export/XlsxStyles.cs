using DocumentFormat.OpenXml.Spreadsheet;
using Verdict = RegKnowledge.Model.Mappings.Alignment;

namespace RegKnowledge.Workflow.Export;

/// <summary>The workbook's few cell styles: plain, bold header, wrapped text, and one fill per alignment verdict.</summary>
internal static class XlsxStyles
{
    public const uint Plain = 0;
    public const uint Header = 1;
    public const uint Wrapped = 2;

    /// <summary>Style of a matrix cell showing <paramref name="alignment"/> (light fills that print legibly in grey too).</summary>
    public static uint For(Verdict alignment) => alignment switch
    {
        Verdict.Aligned => 3,
        Verdict.Partial => 4,
        Verdict.Gap => 5,
        Verdict.Conflict => 6,
        _ => 7,
    };

    public static Stylesheet Create()
    {
        // Fill 0 and 1 are reserved by Excel (none, gray125); ours start at 2.
        string[] fills = ["FFC6EFCE", "FFFFEB9C", "FFFCE4D6", "FFFFC7CE", "FFEDEDED"];
        var fillList = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        foreach (var color in fills)
        {
            fillList.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = color }) { PatternType = PatternValues.Solid }));
        }

        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true });
        for (uint i = 0; i < fills.Length; i++)
        {
            formats.Append(new CellFormat { FontId = 0, FillId = 2 + i, BorderId = 0, ApplyFill = true });
        }

        return new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
            fillList,
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }),
            formats);
    }
}
