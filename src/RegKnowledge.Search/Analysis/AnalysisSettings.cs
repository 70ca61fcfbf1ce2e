using System.Text.Json;
using System.Text.Json.Serialization;
using Lucene.Net.Analysis;
using RegKnowledge.Model.Taxonomy;

namespace RegKnowledge.Search.Analysis;

/// <summary>Everything that decides how text becomes tokens: the profile and the analysed synonym table. Saved next to the
/// index (<see cref="FileName"/>) so a searcher analyses queries exactly as the index was built, and so a browser port can
/// reproduce query analysis from data (stop words, spelling rules and synonyms are all in the file).</summary>
public sealed class AnalysisSettings
{
    /// <summary>Version of the file layout and of the analysis rules; bump when either changes.</summary>
    public const int Format = 2;

    /// <summary>File name inside the index directory.</summary>
    public const string FileName = "regk-analysis.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private AnalysisSettings(AnalysisProfile profile, SynonymTable synonyms)
    {
        Profile = profile;
        Synonyms = synonyms;
    }

    /// <summary>The rules switched on.</summary>
    public AnalysisProfile Profile { get; }

    /// <summary>The analysed synonym groups (empty unless <see cref="AnalysisProfile.Synonyms"/>).</summary>
    public SynonymTable Synonyms { get; }

    /// <summary>Settings for <paramref name="profile"/> with the synonym groups of <paramref name="taxonomy"/>.</summary>
    public static AnalysisSettings For(TaxonomyFile taxonomy, AnalysisProfile profile)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return For(taxonomy.Synonyms.Select(g => (IReadOnlyList<string>)g.Terms), profile);
    }

    /// <summary>Settings for <paramref name="profile"/> with raw synonym groups (each a list of equivalent words or phrases).</summary>
    public static AnalysisSettings For(IEnumerable<IReadOnlyList<string>> synonymGroups, AnalysisProfile profile)
    {
        if (!profile.Synonyms)
        {
            return new AnalysisSettings(profile, SynonymTable.Empty);
        }

        using var keys = new DomainAnalyzer(profile, SynonymTable.Empty, AnalysisMode.SynonymKey);
        return new AnalysisSettings(profile, SynonymTable.Build(synonymGroups, text => AnalyzerTokens.Of(keys, text)));
    }

    /// <summary>A new analyzer for <paramref name="mode"/>; dispose it when done.</summary>
    public Analyzer CreateAnalyzer(AnalysisMode mode) => new DomainAnalyzer(Profile, Synonyms, mode);

    /// <summary>The saved form: deterministic, indented JSON with '\n' line ends.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new SettingsFile(
            Format,
            new ProfileFile(Profile.AcronymDots, Profile.Spelling, Profile.Synonyms),
            DomainAnalyzer.StopWords,
            new SpellingFile(SpellingVariants.MinimumStem, SpellingVariants.Suffixes.Select(s => new[] { s.Key, s.Value }).ToList(),
                SpellingVariants.SuffixExceptions.ToList(), SpellingVariants.Words),
            new SynonymRules(SynonymTable.CanonicalPrefix, "english-minimal-stem"),
            Synonyms.Entries.Select(e => new SynonymFile(e.Canonical, e.Variants)).ToList()),
        Json) + "\n";

    /// <summary>Reads settings saved by <see cref="ToJson"/>; rejects another format version.</summary>
    public static AnalysisSettings FromJson(string json)
    {
        var file = JsonSerializer.Deserialize<SettingsFile>(json, Json) ?? throw new InvalidDataException("empty analysis settings");
        if (file.Format != Format)
        {
            throw new InvalidDataException($"the index was built with analysis format {file.Format}; this regk reads format {Format}: rebuild the index");
        }

        var profile = new AnalysisProfile(file.Profile.AcronymDots, file.Profile.Spelling, file.Profile.Synonyms);
        var entries = file.Synonyms.Select(s => new SynonymEntry(s.Canonical, s.Variants)).ToList();
        return new AnalysisSettings(profile, SynonymTable.FromEntries(entries));
    }

    private sealed record SettingsFile(int Format, ProfileFile Profile, IReadOnlyList<string> StopWords, SpellingFile Spelling, SynonymRules SynonymMatching, IReadOnlyList<SynonymFile> Synonyms);

    /// <summary>How synonym variants are matched: on tokens after spelling normalisation and the named plural stemmer;
    /// canonical tokens start with <see cref="SynonymTable.CanonicalPrefix"/>.</summary>
    private sealed record SynonymRules(string CanonicalPrefix, string KeyStemmer);

    private sealed record ProfileFile(bool AcronymDots, bool Spelling, bool Synonyms);

    private sealed record SpellingFile(int MinimumStem, IReadOnlyList<string[]> Suffixes, IReadOnlyList<string> SuffixExceptions, IReadOnlyDictionary<string, string> Words);

    private sealed record SynonymFile(string Canonical, IReadOnlyList<IReadOnlyList<string>> Variants);
}
