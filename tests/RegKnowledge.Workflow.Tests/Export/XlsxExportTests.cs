using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RegKnowledge.Workflow.Export;

namespace RegKnowledge.Workflow.Tests.Export;

/// <summary>Given the sample graph, the workbook opens with the Open XML SDK, holds the expected sheets and values, is formatted, and is byte-for-byte reproducible.</summary>
public sealed class XlsxExportTests
{
    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static Worksheet SheetNamed(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    private static string? ValueAt(Worksheet sheet, string reference)
    {
        var cell = sheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);
        return cell?.InlineString?.Text?.Text ?? cell?.CellValue?.Text;
    }

    [Fact]
    public void Has_summary_matrix_mappings_and_stances_sheets_with_the_values()
    {
        using var document = Open(XlsxExport.Build(ExportFixture.Graph("staff")));

        Assert.Equal(["Summary", "Matrix", "Mappings", "Stances"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var matrix = SheetNamed(document, "Matrix");
        Assert.Equal(("gb", "sg"), (ValueAt(matrix, "G1"), ValueAt(matrix, "H1")));
        Assert.Equal(("trx-02", "gap", "partial"), (ValueAt(matrix, "C3"), ValueAt(matrix, "G3"), ValueAt(matrix, "H3")));
        var mappings = SheetNamed(document, "Mappings");
        Assert.Equal(5, mappings.Descendants<Row>().Count());
        Assert.Equal("9", ValueAt(mappings, "M2")); // strength of trx-01--gb, as a number cell
        Assert.Null(mappings.Descendants<Cell>().Single(c => c.CellReference == "M2").DataType);
        Assert.Equal("Digital Asset Markets Consortium", ValueAt(SheetNamed(document, "Summary"), "B2"));
    }

    [Fact]
    public void Header_rows_are_bold_and_frozen_with_autofilter_and_sized_columns()
    {
        using var document = Open(XlsxExport.Build(ExportFixture.Graph("staff")));
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var mappings = SheetNamed(document, "Mappings");

        var headerStyle = mappings.Descendants<Row>().First().Elements<Cell>().Select(c => c.StyleIndex!.Value).Distinct().Single();
        var font = stylesheet.Fonts!.Elements<Font>().ElementAt((int)stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)headerStyle).FontId!.Value);
        Assert.NotNull(font.Bold);
        var pane = mappings.Descendants<Pane>().Single();
        Assert.Equal((1.0, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        Assert.Equal("A1:T5", mappings.Elements<AutoFilter>().Single().Reference!.Value);
        Assert.All(mappings.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 8, 60));
        Assert.Contains(document.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>(), n => n.Name == "_xlnm._FilterDatabase" && n.Text == "'Mappings'!$A$1:$T$5");
    }

    [Fact]
    public void Same_content_gives_the_same_bytes_with_dates_from_the_content_clock()
    {
        var graph = ExportFixture.Graph("members");

        var first = XlsxExport.Build(graph);
        Thread.Sleep(1100); // zip timestamps have two-second resolution; a wall-clock stamp would show up across this pause
        var second = XlsxExport.Build(graph);

        Assert.Equal(first, second);
        using var document = Open(first);
        Assert.Equal(new DateTime(2026, 11, 27), document.PackageProperties.Created!.Value.Date);
        Assert.Equal(new DateTime(2026, 11, 27), document.PackageProperties.Modified!.Value.Date);
    }
}
