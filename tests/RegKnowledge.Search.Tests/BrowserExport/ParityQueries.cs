using System.Text.RegularExpressions;
using RegKnowledge.Search.Documents;
using RegKnowledge.Testing;

namespace RegKnowledge.Search.Tests.BrowserExport;

/// <summary>The queries ranking parity is measured on: the judged relevance set (when present), hand-written queries that
/// cover the query syntax, and queries generated from the starter content's own words (fixed seed).</summary>
internal static partial class ParityQueries
{
    private static readonly string[] HandWritten =
    [
        "travel rule", "Travel Rule threshold Singapore", "\"travel rule\"", "\"the travel rule\"", "\"virtual asset service providers\"",
        "VASP", "virtual asset service provider", "VASPs licensing", "authorised custodian", "authorized custodian", "licence", "license",
        "U.S. stablecoin", "US stablecoin", "stablecoin*", "custod*", "segregat*", "authoris*", "tokenis*", "mi*", "travel AND rule",
        "custody AND NOT staking", "custody -staking", "+custody staking", "NOT custody", "(custody OR staking) AND Japan",
        "\"cold storage\" custody", "MiCA CASP passporting", "ESMA's Q&A", "AML/CFT", "Article 3(1)(a)", "1,000 threshold", "3.1",
        "stablecoin reserve requirements EU", "Hong Kong stablecoin licence", "FATF recommendation 15", "proof of reserves",
        "market abuse", "\"market abuse\" Korea", "retail staking ban", "consumer protection disclosures", "prohibited",
        "self-custody", "crypto-asset", "DeFi", "NFT", "e-money tokens", "sandbox", "the", "\"the of\"", "reserve* audit*",
        "Dubai VARA", "Bermuda", "GENIUS Act", "BitLicense", "JVCEA", "tax", "sanctions screening", "wallet address",
    ];

    /// <summary>Every parity query, distinct, in a fixed order.</summary>
    public static IReadOnlyList<string> All(IReadOnlyList<SearchDocument> documents, int generated = 300)
    {
        var queries = new List<string>();
        queries.AddRange(Judged());
        queries.AddRange(HandWritten);
        queries.AddRange(Generated(documents, generated));
        return queries.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The judged queries of the relevance tests (Relevance/judged-queries.yaml), if that file is there.</summary>
    private static IEnumerable<string> Judged()
    {
        var path = Path.Combine(Fixtures.RepositoryRoot, "tests", "RegKnowledge.Search.Tests", "Relevance", "judged-queries.yaml");
        if (!File.Exists(path))
        {
            return [];
        }

        return File.ReadLines(path).Select(line => JudgedLine().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim().Trim('\'', '"'));
    }

    private static IEnumerable<string> Generated(IReadOnlyList<SearchDocument> documents, int count)
    {
        var random = new Random(20261127);
        var texts = documents.Select(d => d.Title + " " + d.Body).ToList();
        var words = texts.SelectMany(t => Word().Matches(t).Select(m => m.Value)).Where(w => w.Length >= 3)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string AnyWord() => words[random.Next(words.Count)];
        string Run(int length)
        {
            var text = texts[random.Next(texts.Count)];
            var tokens = Word().Matches(text).Select(m => m.Value).ToList();
            if (tokens.Count <= length)
            {
                return string.Join(' ', tokens);
            }

            var start = random.Next(tokens.Count - length);
            return string.Join(' ', tokens.Skip(start).Take(length));
        }

        for (var i = 0; i < count; i++)
        {
            yield return (i % 10) switch
            {
                0 or 1 => AnyWord(),
                2 or 3 => $"{AnyWord()} {AnyWord()}",
                4 => Run(3),
                5 => $"\"{Run(2)}\"",
                6 => $"\"{Run(3)}\" {AnyWord()}",
                7 => AnyWord() is var w && w.Length > 4 ? w[..Math.Min(w.Length - 1, 2 + random.Next(5))] + "*" : w,
                8 => $"{AnyWord()} AND {AnyWord()}",
                _ => $"{Run(2)} -{AnyWord()}",
            };
        }
    }

    [GeneratedRegex(@"^\s*-\s*query:\s*(.+)$")]
    private static partial Regex JudgedLine();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex Word();
}
