using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Testing;

namespace RegKnowledge.Workflow.Tests.Export;

/// <summary>The sample content's knowledge graph for one audience, and throw-away output folders.</summary>
internal static class ExportFixture
{
    public static KnowledgeGraph Graph(string audience)
    {
        var checkedContent = CheckedContent.From(Fixtures.SampleContent, FakeClock.Default);
        Assert.False(checkedContent.HasErrors);
        return KnowledgeGraph.Build(checkedContent.Content, KnowledgeGraph.ResolveAudience(checkedContent.Content, audience), FakeClock.Default);
    }

    /// <summary>RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF records.</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else field.Append(c);
        }

        Assert.True(field.Length == 0 && record.Count == 0, "the last record must end with CRLF");
        return records;
    }
}
