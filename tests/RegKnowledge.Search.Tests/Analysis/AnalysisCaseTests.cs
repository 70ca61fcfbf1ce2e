using RegKnowledge.Search.Analysis;
using YamlDotNet.RepresentationModel;

namespace RegKnowledge.Search.Tests.Analysis;

/// <summary>Given each case of query-analysis-cases.yaml, the analyzer produces exactly the listed tokens.</summary>
public sealed class AnalysisCaseTests
{
    private static readonly Lazy<(AnalysisSettings Settings, List<(string Mode, string Text, string[] Tokens)> Cases)> File = new(Load);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (mode, text, _) in File.Value.Cases)
        {
            data.Add(mode, text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Produces_the_listed_tokens(string mode, string text)
    {
        var expected = File.Value.Cases.First(c => c.Mode == mode && c.Text == text).Tokens;
        var analysisMode = mode switch
        {
            "query" => AnalysisMode.Query,
            "phrase" => AnalysisMode.Phrase,
            _ => AnalysisMode.Index,
        };
        using var analyzer = File.Value.Settings.CreateAnalyzer(analysisMode);
        Assert.Equal(expected, AnalyzerTokens.Of(analyzer, text));
    }

    private static (AnalysisSettings, List<(string, string, string[])>) Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Analysis", "query-analysis-cases.yaml");
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var groups = ((YamlSequenceNode)root["synonyms"]).Select(g => (IReadOnlyList<string>)Strings(g)).ToList();
        var cases = ((YamlSequenceNode)root["cases"]).Cast<YamlMappingNode>()
            .Select(c => (Scalar(c["mode"]), Scalar(c["text"]), Strings(c["tokens"])))
            .ToList();
        return (AnalysisSettings.For(groups, AnalysisProfile.Domain), cases);
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static string[] Strings(YamlNode node) => ((YamlSequenceNode)node).Select(Scalar).ToArray();
}
