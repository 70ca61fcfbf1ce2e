using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Mappings;

namespace RegKnowledge.Workflow.Export;

/// <summary>The compliance matrix, mappings and stances as tables, shared by the CSV and XLSX writers so both say the same.</summary>
public static class ExportTables
{
    /// <summary>Text of an empty matrix cell: the clause has no mapping in that jurisdiction (for this audience).</summary>
    public const string NotMapped = "not-mapped";

    /// <summary>Clauses (rows) × jurisdictions (columns); a cell holds the alignment, the least favourable when a clause maps to several provisions.</summary>
    public static ExportTable Matrix(KnowledgeGraph graph)
    {
        var header = new List<string> { "standard", "standard_title", "clause", "clause_title", "level", "clause_status" };
        header.AddRange(graph.Jurisdictions.Select(j => j.Id));
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var standard in graph.Standards)
        {
            foreach (var clause in standard.Clauses)
            {
                var row = new List<object?> { standard.Id, standard.Title, clause.Id, clause.Title, Text(clause.Level), Text(clause.Status) };
                var byJurisdiction = graph.MappingsByClause[clause.Id].ToLookup(m => m.Jurisdiction.Id, StringComparer.Ordinal);
                foreach (var jurisdiction in graph.Jurisdictions)
                {
                    var alignments = byJurisdiction[jurisdiction.Id].Select(m => m.Mapping.Alignment).ToList();
                    row.Add(alignments.Count == 0 ? NotMapped : Text(alignments.MinBy(Severity)));
                }

                rows.Add(row);
            }
        }

        return new ExportTable("Matrix", header, rows);
    }

    /// <summary>One row per mapping, with the clause and instrument titles resolved.</summary>
    public static ExportTable Mappings(KnowledgeGraph graph)
    {
        string[] header =
        [
            "id", "standard", "standard_version", "clause", "clause_title", "jurisdiction", "jurisdiction_name", "instrument", "instrument_title",
            "provision", "relationship", "basis", "strength", "confidence", "alignment", "rationale", "draft_rationale", "reviewer", "reviewed_on", "tlp",
        ];
        var rows = graph.Mappings.Select(m => (IReadOnlyList<object?>)
        [
            m.Id, m.Standard.Id, m.Set.StandardVersion, m.Clause.Id, m.Clause.Title, m.Jurisdiction.Id, m.Jurisdiction.Name,
            m.Mapping.Instrument, m.Instrument?.Title, m.Mapping.Provision, Text(m.Mapping.Relationship), Text(m.Mapping.Basis),
            m.Mapping.Strength, Text(m.Mapping.Confidence), Text(m.Mapping.Alignment), m.Mapping.Rationale, m.Mapping.DraftRationale,
            m.Mapping.Reviewer, Date(m.Mapping.ReviewedOn), TlpText.Label(m.Label),
        ]).ToList();
        return new ExportTable("Mappings", header, rows);
    }

    /// <summary>One row per stance: jurisdiction × topic, with level, sources and dates.</summary>
    public static ExportTable Stances(KnowledgeGraph graph)
    {
        string[] header =
        [
            "jurisdiction", "jurisdiction_name", "region", "topic", "topic_name", "level", "level_label", "summary", "instruments", "sources",
            "as_of", "next_review", "tlp",
        ];
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var jurisdiction in graph.Jurisdictions)
        {
            foreach (var stance in jurisdiction.Stances.OrderBy(s => s.Topic, StringComparer.Ordinal))
            {
                rows.Add(
                [
                    jurisdiction.Id, jurisdiction.Name, jurisdiction.Region, stance.Topic,
                    graph.TopicById.TryGetValue(stance.Topic, out var topic) ? topic.Name : null,
                    stance.Level, graph.LevelById.TryGetValue(stance.Level, out var level) ? level.Label : null,
                    stance.Summary, string.Join(" ", stance.Instruments), string.Join(" ", stance.Sources.Select(s => s.Url)),
                    Date(stance.AsOf), Date(stance.NextReview), TlpText.Label(graph.LabelOf(jurisdiction, stance)),
                ]);
            }
        }

        return new ExportTable("Stances", header, rows);
    }

    /// <summary>Most serious first: a conflict outweighs a gap, a gap a partial overlap; not-applicable says least.</summary>
    private static int Severity(Alignment alignment) => alignment switch
    {
        Alignment.Conflict => 0,
        Alignment.Gap => 1,
        Alignment.Partial => 2,
        Alignment.Aligned => 3,
        _ => 4,
    };

    private static string Text(Enum value) => Content.Load.ModelShape.EnumText(value);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
