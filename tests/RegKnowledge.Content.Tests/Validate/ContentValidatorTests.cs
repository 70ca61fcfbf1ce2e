using RegKnowledge.Content.Validate;
using RegKnowledge.Model.Diagnostics;
using RegKnowledge.Testing;

namespace RegKnowledge.Content.Tests.Validate;

/// <summary>Given the sample content with one change, validation reports exactly the rule that change breaks, at its place.</summary>
public sealed class ContentValidatorTests
{
    private static CheckedContent Check(TempContent temp, FakeClock? clock = null) => CheckedContent.From(temp.Root, clock ?? FakeClock.Default);

    private static Diagnostic Single(CheckedContent result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got: {string.Join(" | ", result.Diagnostics)}");
        return matches[0];
    }

    private static void Replace(TempContent temp, string file, string from, string to)
    {
        var text = temp.Read(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        temp.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_content_validates_clean()
    {
        using var temp = TempContent.FromSample();
        Assert.Empty(Check(temp).Diagnostics);
    }

    [Fact]
    public void Unknown_reference_names_the_closest_id()
    {
        using var temp = TempContent.FromSample();
        Replace(temp, "jurisdictions/sg.yaml", "region: asia-pacific", "region: asia-pacifc");
        var diagnostic = Single(Check(temp), DiagnosticCodes.UnknownReference);
        Assert.Equal(("jurisdictions/sg.yaml", 4, 9), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("did you mean 'asia-pacific'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Ids_are_unique_across_files()
    {
        using var temp = TempContent.FromSample();
        Replace(temp, "jurisdictions/gb.yaml", "  - id: fca\n", "  - id: mas\n");
        var diagnostic = Single(Check(temp), DiagnosticCodes.DuplicateId);
        Assert.Equal(("jurisdictions/sg.yaml", 7, 9), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("already used at jurisdictions/", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_date_before_opening_is_an_error()
    {
        using var temp = TempContent.FromSample();
        Replace(temp, "engagements/mas-consultation-2026.yaml", "closes: 2026-12-15", "closes: 2026-10-15");
        var diagnostic = Single(Check(temp), DiagnosticCodes.DatesOutOfOrder);
        Assert.Equal(10, diagnostic.Location.Line);
    }

    [Fact]
    public void Urls_must_be_absolute_https()
    {
        using var temp = TempContent.FromSample();
        Replace(temp, "jurisdictions/sg.yaml", "    url: https://www.mas.gov.sg\n", "    url: http://www.mas.gov.sg\n");
        var diagnostic = Single(Check(temp), DiagnosticCodes.InvalidUrl);
        Assert.Equal(("jurisdictions/sg.yaml", 10), (diagnostic.Location.File, diagnostic.Location.Line));
    }

    [Fact]
    public void Stance_without_source_is_an_error()
    {
        using var temp = TempContent.FromSample();
        Replace(temp, "jurisdictions/gb.yaml",
            "    sources:\n      - url: https://www.fca.org.uk\n        title: FCA cryptoasset consultations\n",
            "    sources: []\n");
        Single(Check(temp), DiagnosticCodes.StanceWithoutSource);
    }

    [Fact]
    public void Stale_stances_are_warnings_relative_to_the_clock()
    {
        using var temp = TempContent.FromSample();
        var result = Check(temp, new FakeClock(new DateOnly(2027, 8, 1)));
        var stale = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.StaleStance).ToList();
        Assert.Equal(6, stale.Count);
        Assert.All(stale, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Approved_clause_mapped_nowhere_is_an_orphan_warning()
    {
        using var temp = TempContent.FromSample();
        File.Delete(Path.Combine(temp.Root, "mappings", "trx--gb.yaml"));
        Replace(temp, "mappings/trx--sg.yaml", "  - clause: trx-02\n", "  - clause: trx-01\n    id: trx-01-second\n");
        var diagnostic = Single(Check(temp), DiagnosticCodes.OrphanClause);
        Assert.Contains("trx-02", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void A_field_less_restricted_than_its_item_is_a_leak()
    {
        using var temp = TempContent.FromSample();
        Replace(temp, "engagements/mas-consultation-2026.yaml", "lead: wg-custody\n", "lead: wg-custody\ntlp: amber\ninternal_notes_tlp: green\n");
        var diagnostic = Single(Check(temp), DiagnosticCodes.LabelLeak);
        Assert.Equal(16, diagnostic.Location.Line);
    }

    [Fact]
    public void Missing_topic_stance_is_a_warning()
    {
        using var temp = TempContent.FromSample();
        Replace(temp, "jurisdictions/gb.yaml", "  - topic: custody\n    level: unknown", "  - topic: licensing\n    level: unknown");
        var result = Check(temp);
        Single(result, DiagnosticCodes.DuplicateStance);
        Assert.Equal(Severity.Warning, Single(result, DiagnosticCodes.MissingStance).Severity);
    }

    [Fact]
    public void No_relationship_with_strength_is_inconsistent()
    {
        using var temp = TempContent.FromSample();
        Replace(temp, "mappings/trx--gb.yaml", "    strength: 0\n", "    strength: 4\n");
        Single(Check(temp), DiagnosticCodes.InconsistentMapping);
    }

    [Fact]
    public void Instruments_of_another_jurisdiction_are_rejected()
    {
        using var temp = TempContent.FromSample();
        Replace(temp, "mappings/trx--gb.yaml", "    instrument: gb-mlrs-2017\n", "    instrument: sg-psa-2019\n");
        var diagnostic = Single(Check(temp), DiagnosticCodes.CrossJurisdictionReference);
        Assert.Contains("belongs to 'sg'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_file_name_must_match_its_standard_and_jurisdiction()
    {
        using var temp = TempContent.FromSample();
        File.Move(Path.Combine(temp.Root, "mappings", "trx--gb.yaml"), Path.Combine(temp.Root, "mappings", "travel-uk.yaml"));
        Single(Check(temp), DiagnosticCodes.MappingFileName);
    }

    [Fact]
    public void Diagnostics_are_sorted_by_place()
    {
        using var temp = TempContent.FromSample();
        Replace(temp, "jurisdictions/sg.yaml", "region: asia-pacific", "region: nowhere");
        Replace(temp, "jurisdictions/gb.yaml", "region: europe", "region: nowhere");
        var files = Check(temp).Diagnostics.Select(d => d.Location.File).ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
    }
}
