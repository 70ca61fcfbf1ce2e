using System.Text;
using RegKnowledge.Workflow.Export;

namespace RegKnowledge.Workflow.Tests.Export;

/// <summary>Given the sample graph, the CSV files are RFC 4180, UTF-8 with BOM, one row per clause / mapping / stance, and formula-safe.</summary>
public sealed class CsvExportTests
{
    [Fact]
    public void Matrix_has_a_row_per_clause_and_a_column_per_jurisdiction()
    {
        var rows = ExportFixture.ParseCsv(CsvExport.ToText(ExportTables.Matrix(ExportFixture.Graph("staff"))));

        Assert.Equal(["standard", "standard_title", "clause", "clause_title", "level", "clause_status", "gb", "sg"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["trx-01", "aligned", "aligned"], [rows[1][2], rows[1][6], rows[1][7]]);
        Assert.Equal(["trx-02", "gap", "partial"], [rows[2][2], rows[2][6], rows[2][7]]);
    }

    [Fact]
    public void Mappings_round_trip_through_an_rfc4180_reader()
    {
        var graph = ExportFixture.Graph("staff");
        var rows = ExportFixture.ParseCsv(CsvExport.ToText(ExportTables.Mappings(graph)));

        Assert.Equal(graph.Mappings.Count + 1, rows.Count);
        var sg = rows.Single(r => r[0] == "trx-01--sg");
        Assert.Equal("PSN02 paragraph 13 requires the same originator and beneficiary data for transfers of SGD 1,500 or more.", sg[rows[0].IndexOf("rationale")]);
        Assert.Equal(["8", "TLP:GREEN", "Payment Services Act 2019"], [sg[rows[0].IndexOf("strength")], sg[rows[0].IndexOf("tlp")], sg[rows[0].IndexOf("instrument_title")]]);
    }

    [Fact]
    public void Stances_list_every_visible_stance()
    {
        var rows = ExportFixture.ParseCsv(CsvExport.ToText(ExportTables.Stances(ExportFixture.Graph("public"))));

        Assert.Equal(6, rows.Count); // sg: 3, gb: 2 (its custody stance is GREEN), plus the header
        Assert.DoesNotContain(rows, r => r[0] == "gb" && r[3] == "custody");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("plain", "plain")]
    public void Cells_a_spreadsheet_would_run_are_defused_and_special_characters_quoted(string value, string expected)
    {
        Assert.Equal(expected, CsvExport.Field(value));
    }

    [Fact]
    public void Files_are_utf8_with_bom_and_crlf()
    {
        var folder = Directory.CreateTempSubdirectory("regk-csv-");
        try
        {
            Exporter.Write(ExportFixture.Graph("staff"), "csv", folder.FullName);
            var bytes = File.ReadAllBytes(Path.Combine(folder.FullName, "mappings.csv"));

            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            var text = new UTF8Encoding(false, true).GetString(bytes[3..]);
            Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
