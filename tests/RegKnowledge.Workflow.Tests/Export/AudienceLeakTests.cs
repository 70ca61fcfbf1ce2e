using System.IO.Compression;
using RegKnowledge.Workflow.Export;

namespace RegKnowledge.Workflow.Tests.Export;

/// <summary>Given sample content with GREEN and AMBER text, an export for an audience contains nothing above its ceiling, in any format.</summary>
public sealed class AudienceLeakTests
{
    /// <summary>Text of items labelled GREEN (by default or explicitly) in the sample content.</summary>
    private static readonly string[] Green =
    [
        "Custody rules for the future regime were under consultation", // gb custody stance, tlp: green
        "Regulation 64I of the MLRs requires", // mapping rationale (mappings default to GREEN)
        "PSN02 expects counterparty checks", // mapping rationale
        "What data travels with a transfer", // guidance (GREEN by default)
        "We support segregation", // engagement position (GREEN by default)
    ];

    /// <summary>Text labelled AMBER in the sample content.</summary>
    private static readonly string[] Amber =
    [
        "Internal view that MAS will tighten this in 2027", // draft rationale
        "MAS staff hinted the period could be 9 months", // engagement internal notes
    ];

    private static string ExportAll(string audience)
    {
        var folder = Directory.CreateTempSubdirectory("regk-leak-");
        try
        {
            var files = Exporter.Write(ExportFixture.Graph(audience), "all", folder.FullName);
            var text = new System.Text.StringBuilder();
            foreach (var file in files)
            {
                if (file.EndsWith(".xlsx", StringComparison.Ordinal))
                {
                    using var zip = ZipFile.OpenRead(file);
                    foreach (var entry in zip.Entries)
                    {
                        using var reader = new StreamReader(entry.Open());
                        text.Append(reader.ReadToEnd());
                    }
                }
                else
                {
                    text.Append(File.ReadAllText(file));
                }
            }

            return text.ToString();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Public_export_has_no_green_or_amber_text()
    {
        var text = ExportAll("public");

        Assert.Contains("Payment Services Act 2019", text, StringComparison.Ordinal); // the export is not simply empty
        Assert.All(Green.Concat(Amber), secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Members_export_has_green_but_no_amber_text()
    {
        var text = ExportAll("members");

        Assert.All(Green, shared => Assert.Contains(shared, text, StringComparison.Ordinal));
        Assert.All(Amber, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
    }
}
