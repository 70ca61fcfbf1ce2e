using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RegKnowledge.Content.Graph;
using Verdict = RegKnowledge.Model.Mappings.Alignment;

namespace RegKnowledge.Workflow.Export;

/// <summary>Writes the workbook: Summary, Matrix, Mappings, Stances; bold frozen header, autofilter, sized columns; same bytes for the same content.</summary>
public static class XlsxExport
{
    private const int MaxColumnWidth = 60;

    /// <summary>Writes the workbook for <paramref name="graph"/> to <paramref name="path"/>.</summary>
    public static void Write(KnowledgeGraph graph, string path) => File.WriteAllBytes(path, Build(graph));

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Build(KnowledgeGraph graph)
    {
        ExportTable[] tables = [Summary(graph), ExportTables.Matrix(graph), ExportTables.Mappings(graph), ExportTables.Stances(graph)];
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship ids everywhere: generated ones would differ from run to run.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = XlsxStyles.Create();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var filters = new DefinedNames();
            for (var i = 0; i < tables.Length; i++)
            {
                var id = $"rIdSheet{i + 1}";
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(id);
                worksheetPart.Worksheet = Sheet(tables[i], autoFilter: i > 0);
                sheets.Append(new Sheet { Id = id, SheetId = (uint)(i + 1), Name = tables[i].Name });
                if (i > 0)
                {
                    filters.Append(new DefinedName($"'{tables[i].Name}'!{Absolute(Range(tables[i]))}")
                    {
                        Name = "_xlnm._FilterDatabase",
                        LocalSheetId = (uint)i,
                        Hidden = true,
                    });
                }
            }

            workbookPart.Workbook.Append(filters);
            var core = document.AddNewPart<CoreFilePropertiesPart>("rIdCore");
            using (var writer = new StreamWriter(core.GetStream(FileMode.Create)))
            {
                writer.Write(CoreProperties(graph));
            }
        }

        return DeterministicZip.Normalize(stream.ToArray(), graph.Clock.Today);
    }

    private static ExportTable Summary(KnowledgeGraph graph)
    {
        var labels = graph.Mappings.Select(m => m.Label)
            .Concat(graph.Jurisdictions.Select(graph.LabelOf))
            .Concat(graph.Jurisdictions.SelectMany(j => j.Stances.Select(s => graph.LabelOf(j, s))))
            .Concat(graph.Standards.Select(graph.LabelOf))
            .DefaultIfEmpty(Model.Common.Tlp.Clear).Max();
        List<IReadOnlyList<object?>> rows =
        [
            ["Knowledge base", graph.Site.Consortium],
            ["Audience", $"{graph.Audience.Id}: {graph.Audience.Description}"],
            ["Handling", $"Contains information up to {Model.Common.TlpText.Label(labels)}. Share it accordingly (see the tlp column of each row)."],
            ["Content date", graph.Clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
            ["Jurisdictions", graph.Jurisdictions.Count],
            ["Standards", graph.Standards.Count],
            ["Clauses", graph.Standards.Sum(s => s.Clauses.Count)],
            ["Mappings", graph.Mappings.Count],
            ["Stances", graph.Jurisdictions.Sum(j => j.Stances.Count)],
            ["Matrix", "Clauses (rows) by jurisdiction (columns): the alignment of each clause with local rules; the least favourable when several provisions apply."],
        ];
        return new ExportTable("Summary", ["Item", "Value"], rows);
    }

    private static Worksheet Sheet(ExportTable table, bool autoFilter)
    {
        var data = new SheetData();
        data.Append(Row(1, table.Header.Cast<object?>().ToList(), header: true, table.Name));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            data.Append(Row((uint)r + 2, table.Rows[r], header: false, table.Name));
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0, TabSelected = table.Name == "Summary" }),
            Columns(table),
            data);
        if (autoFilter)
        {
            worksheet.Append(new AutoFilter { Reference = Range(table) });
        }

        return worksheet;
    }

    private static Row Row(uint index, IReadOnlyList<object?> cells, bool header, string sheet)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = ColumnName(c) + index;
            var style = header ? XlsxStyles.Header : StyleOf(cells[c], sheet, c);
            row.Append(cells[c] switch
            {
                null => new Cell { CellReference = reference, StyleIndex = style },
                int number => new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(number) },
                var value => new Cell
                {
                    CellReference = reference,
                    StyleIndex = style,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!) { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }

        return row;
    }

    /// <summary>Matrix verdicts get their colour; long text wraps.</summary>
    private static uint StyleOf(object? value, string sheet, int column)
    {
        if (sheet == "Matrix" && column >= 6 && value is string verdict && verdict != ExportTables.NotMapped)
        {
            foreach (var alignment in Enum.GetValues<Verdict>())
            {
                if (Content.Load.ModelShape.EnumText(alignment) == verdict) return XlsxStyles.For(alignment);
            }
        }

        return value is string text && text.Length > MaxColumnWidth ? XlsxStyles.Wrapped : XlsxStyles.Plain;
    }

    private static Columns Columns(ExportTable table)
    {
        var columns = new Columns();
        for (var c = 0; c < table.Header.Count; c++)
        {
            var longest = table.Rows.Select(r => c < r.Count ? Convert.ToString(r[c], System.Globalization.CultureInfo.InvariantCulture)?.Length ?? 0 : 0)
                .Append(table.Header[c].Length + 3) // room for the filter button
                .Max();
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Clamp(longest + 2, 8, MaxColumnWidth), CustomWidth = true });
        }

        return columns;
    }

    private static string Range(ExportTable table) => $"A1:{ColumnName(table.Header.Count - 1)}{table.Rows.Count + 1}";

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(cell => "$" + new string(cell.TakeWhile(char.IsLetter).ToArray()) + "$" + new string(cell.SkipWhile(char.IsLetter).ToArray())));

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    /// <summary>docProps/core.xml with dates from the content clock, never the wall clock.</summary>
    private static string CoreProperties(KnowledgeGraph graph)
    {
        var date = graph.Clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
        var title = System.Security.SecurityElement.Escape($"{graph.Site.ShortName} compliance matrix ({graph.Audience.Id})");
        var creator = System.Security.SecurityElement.Escape(graph.Site.Consortium);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>"
            + $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>"
            + "</cp:coreProperties>";
    }
}
