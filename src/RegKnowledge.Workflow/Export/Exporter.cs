using RegKnowledge.Content.Graph;

namespace RegKnowledge.Workflow.Export;

/// <summary><c>regk export</c>'s engine, also called by the site build: writes one audience's graph in a format.
/// Everything is read from the (already audience-filtered) <see cref="KnowledgeGraph"/>, so nothing above the ceiling can leak.</summary>
public static class Exporter
{
    /// <summary>The formats, in help order; "all" writes every one.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv", "xlsx", "json", "oscal", "all"];

    /// <summary>Writes <paramref name="graph"/> as <paramref name="format"/> into <paramref name="outDir"/>; returns the files written
    /// (no OSCAL file when the audience sees no mapping).</summary>
    public static IReadOnlyList<string> Write(KnowledgeGraph graph, string format, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        string PathOf(string name)
        {
            var path = Path.Combine(outDir, name);
            written.Add(path);
            return path;
        }

        switch (format)
        {
            case "csv":
                CsvExport.Write(ExportTables.Matrix(graph), PathOf("compliance-matrix.csv"));
                CsvExport.Write(ExportTables.Mappings(graph), PathOf("mappings.csv"));
                CsvExport.Write(ExportTables.Stances(graph), PathOf("stances.csv"));
                break;
            case "xlsx":
                XlsxExport.Write(graph, PathOf("compliance-matrix.xlsx"));
                break;
            case "json":
                File.WriteAllText(PathOf(GraphJson.FileName), GraphJson.Write(graph));
                File.WriteAllText(PathOf(GraphJsonSchema.FileName), GraphJsonSchema.Write());
                break;
            case "oscal" when graph.Mappings.Count == 0:
                break; // OSCAL requires at least one mapping: with none visible to this audience there is nothing to write.
            case "oscal":
                File.WriteAllText(PathOf(OscalMappingCollection.FileName), OscalMappingCollection.Write(graph));
                break;
            case "all":
                foreach (var each in Formats.Where(f => f != "all"))
                {
                    written.AddRange(Write(graph, each, outDir));
                }

                break;
            default:
                throw new ArgumentException($"unknown export format '{format}'; choose one of: {string.Join(", ", Formats)}", nameof(format));
        }

        return written;
    }
}
