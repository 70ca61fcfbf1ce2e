using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.Documents;
using Xunit.Abstractions;

namespace RegKnowledge.Search.Tests.BrowserExport;

/// <summary>The browser analyzer (JavaScript) produces exactly the C# query analyzer's terms and positions: every word of
/// /usr/share/dict/words, every word and every whole field of the starter content, and hand-picked edge cases.</summary>
[Collection(StarterExportCollection.Name)]
public sealed class AnalyzerParityTests(StarterExport export, ITestOutputHelper output)
{
    private const string DictionaryPath = "/usr/share/dict/words";

    /// <summary>Inputs that exercise the tokenizer's word-break rules and every domain filter.</summary>
    private static readonly string[] EdgeCases =
    [
        "U.S.", "u.k.", "e.g.", "U.S.A", "1,000", "3.1", "1,000.50", "v2.0", "a:b", "AML/CFT", "ESMA's Q&A", "ESMA’s", "O'Neil's",
        "don't", "rock 'n' roll", "Article 3(1)(a)", "mas.gov.sg", "a.1", "1.a", "_x_", "foo_bar", "co\u00ADoperate", "naïve café",
        "東京 カタカナ ひらがな", "Ελλάδα ΟΔΟΣ", "İstanbul", "Straße", "MiCA—CASPs", "€1,000", "§ 4", "30%", "e-money", "crypto-asset",
        "VASP", "virtual asset service providers", "travel rule", "Travel Rule threshold", "authorised authorized", "licence licensing",
        "organisation's", "the of and", "to be or not to be", "AND OR NOT", "x'", "'quoted'", "\"double\"", "tab\tseparated",
        "line\nbreak", "trailing.", ".leading", "1.2.3.4", "127.0.0.1", "a.b.c.d.e", "U.S.-based", "non-fungible tokens (NFTs)",
        "know-your-customer KYC", "anti-money laundering", "Q1 2026", "H1'25", "3rd", "1st-line", "#hashtag", "@handle", "50/50",
        "stablecoins' reserves", "customers’ assets", "ＡＢＣ１２３", "١٢٣", "ﬁnance",
    ];

    [Fact]
    public void Browser_analyzer_matches_the_query_analyzer_on_dictionary_words_and_starter_content()
    {
        Assert.True(File.Exists(DictionaryPath), $"{DictionaryPath} is missing: install it with 'apt-get install -y wamerican' (build.ps1 test does)");
        var settingsJson = File.ReadAllText(Path.Combine(export.IndexDirectory, AnalysisSettings.FileName));
        var settings = AnalysisSettings.FromJson(settingsJson);
        using var query = settings.CreateAnalyzer(AnalysisMode.Query);
        using var phrase = settings.CreateAnalyzer(AnalysisMode.Phrase);

        var words = File.ReadAllLines(DictionaryPath).Where(w => w.Length > 0).ToList();
        var documents = GraphDocuments.From(TestGraphs.Starter());
        var fields = documents.SelectMany(d => new[] { d.Title, d.Context, d.Body }).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var contentWords = fields.SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToList();

        var cases = new JsonArray();
        void Add(string input, Analyzer analyzer, string mode) => cases.Add(new JsonArray(input, Terms(analyzer, input), mode));
        foreach (var input in words.Concat(contentWords).Concat(EdgeCases).Distinct(StringComparer.Ordinal))
        {
            Add(input, query, "query");
        }

        foreach (var input in fields.Concat(EdgeCases))
        {
            Add(input, query, "query");
            Add(input, phrase, "phrase");
        }

        var file = export.TempFile("analyzer-cases.json");
        File.WriteAllText(file, new JsonObject { ["settings"] = JsonNode.Parse(settingsJson), ["cases"] = cases }.ToJsonString());
        var result = JsonNode.Parse(NodeScript.Script("analyzer-parity.mjs", NodeScript.ClientFolder, file))!;
        var total = (int)result["total"]!;
        var mismatches = (int)result["mismatches"]!;
        output.WriteLine($"analyzer parity: {total - mismatches} of {total} inputs identical ({words.Count} dictionary words, {contentWords.Count} content words, {fields.Count} whole fields, {EdgeCases.Length} edge cases; query and phrase mode)");
        Assert.True(mismatches == 0, $"{mismatches} of {total} inputs differ, e.g.:\n{result["examples"]!.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
    }

    /// <summary>"term@position ..." as the browser script prints it.</summary>
    private static string Terms(Analyzer analyzer, string text)
    {
        var parts = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            parts.Add($"{term}@{position}");
        }

        stream.End();
        return string.Join(' ', parts);
    }
}
