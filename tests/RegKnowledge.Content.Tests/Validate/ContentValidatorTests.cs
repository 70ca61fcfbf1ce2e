using RegKnowledge.Content.Validate;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Testing;

namespace RegKnowledge.Content.Tests.Validate;

/// <summary>Given the sample content with one change, validation reports exactly the rule that change breaks, at its place.</summary>
public sealed class ContentValidatorTests
{
    /// <summary>A copy of the sample content after <paramref name="edits"/>, validated as of <paramref name="clock"/>.</summary>
    private static CheckedContent CheckSample(FakeClock clock, params Action<TempContent>[] edits)
    {
        using var temp = TempContent.FromSample();
        foreach (var edit in edits)
        {
            edit(temp);
        }

        return CheckedContent.From(temp.Root, clock);
    }

    private static CheckedContent CheckSample(params Action<TempContent>[] edits) => CheckSample(FakeClock.Default, edits);

    /// <summary>The one diagnostic with <paramref name="code"/> after <paramref name="edits"/>; fails when there are none or several.</summary>
    private static Diagnostic SingleAfter(string code, params Action<TempContent>[] edits) => Single(CheckSample(edits), code);

    private static Diagnostic Single(CheckedContent result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got: {string.Join(" | ", result.Diagnostics)}");
        return matches[0];
    }

    private static Action<TempContent> Replace(string file, string from, string to) => temp => temp.Replace(file, from, to);

    private static Action<TempContent> Delete(string file) => temp => File.Delete(Path.Combine(temp.Root, file));

    private static Action<TempContent> Rename(string file, string to) =>
        temp => File.Move(Path.Combine(temp.Root, file), Path.Combine(temp.Root, to));

    [Fact]
    public void Sample_content_validates_clean() => Assert.Empty(CheckSample().Diagnostics);

    [Fact]
    public void Unknown_reference_names_the_closest_id()
    {
        var diagnostic = SingleAfter(DiagnosticCodes.UnknownReference,
            Replace("jurisdictions/sg.yaml", "region: asia-pacific", "region: asia-pacifc"));
        Assert.Equal(("jurisdictions/sg.yaml", 4, 9), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("did you mean 'asia-pacific'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Theory]
    [InlineData('[')]
    [InlineData('>')]
    public void Guidance_markdown_nested_beyond_the_renderers_limit_is_an_error_on_its_body(char marker)
    {
        // Markdig renders at most a few hundred levels; without this check the site build failed with an internal error.
        var diagnostic = SingleAfter(DiagnosticCodes.MarkdownTooDeep,
            Replace("guidance/travel-rule-basics.yaml", "  ## What travels\n", "  " + new string(marker, 9000) + "\n\n  ## What travels\n"));
        Assert.Equal(("guidance/travel-rule-basics.yaml", 11, 7), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Ids_are_unique_across_files()
    {
        var diagnostic = SingleAfter(DiagnosticCodes.DuplicateId, Replace("jurisdictions/gb.yaml", "  - id: fca\n", "  - id: mas\n"));
        Assert.Equal(("jurisdictions/sg.yaml", 7, 9), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("already used at jurisdictions/", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_date_before_opening_is_an_error()
    {
        var diagnostic = SingleAfter(DiagnosticCodes.DatesOutOfOrder,
            Replace("engagements/mas-consultation-2026.yaml", "closes: 2026-12-15", "closes: 2026-10-15"));
        Assert.Equal(10, diagnostic.Location.Line);
    }

    [Fact]
    public void Urls_must_be_absolute_https()
    {
        var diagnostic = SingleAfter(DiagnosticCodes.InvalidUrl,
            Replace("jurisdictions/sg.yaml", "    url: https://www.mas.gov.sg\n", "    url: http://www.mas.gov.sg\n"));
        Assert.Equal(("jurisdictions/sg.yaml", 10), (diagnostic.Location.File, diagnostic.Location.Line));
    }

    [Fact]
    public void Stance_without_source_is_an_error() =>
        SingleAfter(DiagnosticCodes.StanceWithoutSource, Replace("jurisdictions/gb.yaml",
            "    sources:\n      - url: https://www.fca.org.uk\n        title: FCA cryptoasset consultations\n",
            "    sources: []\n"));

    [Fact]
    public void Stale_stances_are_warnings_relative_to_the_clock()
    {
        var result = CheckSample(new FakeClock(new DateOnly(2027, 8, 1)));
        var stale = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.StaleStance).ToList();
        Assert.Equal(6, stale.Count);
        Assert.All(stale, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Approved_clause_mapped_nowhere_is_an_orphan_warning()
    {
        var diagnostic = SingleAfter(DiagnosticCodes.OrphanClause,
            Delete("mappings/trx--gb.yaml"),
            Replace("mappings/trx--sg.yaml", "  - clause: trx-02\n", "  - clause: trx-01\n    id: trx-01-second\n"));
        Assert.Contains("trx-02", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void A_field_less_restricted_than_its_item_is_a_leak()
    {
        var diagnostic = SingleAfter(DiagnosticCodes.LabelLeak,
            Replace("engagements/mas-consultation-2026.yaml", "lead: wg-custody\n", "lead: wg-custody\ntlp: amber\ninternal_notes_tlp: green\n"));
        Assert.Equal(16, diagnostic.Location.Line);
    }

    [Fact]
    public void Missing_topic_stance_is_a_warning()
    {
        var result = CheckSample(Replace("jurisdictions/gb.yaml", "  - topic: custody\n    level: unknown", "  - topic: licensing\n    level: unknown"));
        Single(result, DiagnosticCodes.DuplicateStance);
        Assert.Equal(Severity.Warning, Single(result, DiagnosticCodes.MissingStance).Severity);
    }

    [Fact]
    public void No_relationship_with_strength_is_inconsistent() =>
        SingleAfter(DiagnosticCodes.InconsistentMapping, Replace("mappings/trx--gb.yaml", "    strength: 0\n", "    strength: 4\n"));

    [Fact]
    public void Instruments_of_another_jurisdiction_are_rejected()
    {
        var diagnostic = SingleAfter(DiagnosticCodes.CrossJurisdictionReference,
            Replace("mappings/trx--gb.yaml", "    instrument: gb-mlrs-2017\n", "    instrument: sg-psa-2019\n"));
        Assert.Contains("belongs to 'sg'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_file_name_must_match_its_standard_and_jurisdiction() =>
        SingleAfter(DiagnosticCodes.MappingFileName, Rename("mappings/trx--gb.yaml", "mappings/travel-uk.yaml"));

    [Fact]
    public void Diagnostics_are_sorted_by_place()
    {
        var files = CheckSample(
                Replace("jurisdictions/sg.yaml", "region: asia-pacific", "region: nowhere"),
                Replace("jurisdictions/gb.yaml", "region: europe", "region: nowhere"))
            .Diagnostics.Select(d => d.Location.File).ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
    }
}
