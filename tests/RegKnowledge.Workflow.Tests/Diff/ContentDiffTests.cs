using System.Text.Json.Nodes;
using RegKnowledge.Testing;
using RegKnowledge.Workflow.Diff;

namespace RegKnowledge.Workflow.Tests.Diff;

/// <summary>Given a scripted git history of the sample content, the diff tells what changed by meaning, follows renames and
/// reports only the validation findings the change introduces.</summary>
public sealed class ContentDiffTests
{
    private const string NewMapping = """
          - clause: trx-02
            id: trx-02--sg--psn02-14
            instrument: sg-psa-2019
            provision: MAS Notice PSN02, paragraph 14
            relationship: subset-of
            basis: semantic
            strength: 7
            confidence: medium
            alignment: aligned
            rationale: Paragraph 14 requires counterparty checks before data is sent.
            reviewer: wg-travel-rule
            reviewed_on: 2026-07-01

        """;

    /// <summary>The typical pull request: a stance moves, a file is renamed, a deadline moves, a mapping is added.</summary>
    private static ScriptedRepository TypicalChange()
    {
        var repository = ScriptedRepository.WithSampleContent();
        repository.Edit("jurisdictions/sg.yaml", "level: partial", "level: regulated");
        repository.Edit("engagements/mas-consultation-2026.yaml", "closes: 2026-12-15", "closes: 2027-01-31");
        repository.Edit("engagements/mas-consultation-2026.yaml", "response_status: drafting", "response_status: submitted");
        repository.Rename("guidance/travel-rule-basics.yaml", "guidance/travel-rule-essentials.yaml");
        repository.Edit("guidance/travel-rule-essentials.yaml", "id: travel-rule-basics", "id: travel-rule-essentials");
        var mappings = repository.Read("mappings/trx--sg.yaml");
        repository.Write("mappings/trx--sg.yaml", mappings + NewMapping);
        return repository;
    }

    [Fact]
    public void Describes_a_typical_change_by_meaning_in_markdown()
    {
        using var repository = TypicalChange();
        repository.Commit("policy update");

        var report = ContentDiff.BetweenRevisions(repository.Content, "main~1", "main", FakeClock.Default);
        var markdown = DiffMarkdown.Write(report, "content/");
        var lines = markdown.Split('\n');

        Assert.Contains("- **Singapore / custody**: partial → regulated", lines);
        Assert.Contains("- **Travel rule basics for VASPs**: renamed from travel-rule-basics", lines);
        Assert.Contains("- **Consultation on DPT custody measures (mas)**: deadline moved 2026-12-15 → 2027-01-31", lines);
        Assert.Contains("  - response status drafting → submitted", lines);
        Assert.Contains("- **trx-02 → Singapore**: added: subset-of sg-psa-2019 (MAS Notice PSN02, paragraph 14), aligned", lines);
        Assert.Contains("| Stances | 0 | 1 | 0 | 0 |", lines);
        Assert.Contains("| Guidance | 0 | 0 | 1 | 0 |", lines);
        Assert.Contains("No new validation findings.", lines);
        Assert.DoesNotContain(lines, l => l.Contains("removed", StringComparison.Ordinal));
        Assert.Equal(0, report.HeadErrors);
    }

    [Fact]
    public void Reports_the_same_changes_as_json_for_tools()
    {
        using var repository = TypicalChange();
        repository.Commit("policy update");

        var report = ContentDiff.BetweenRevisions(repository.Content, "main~1", "main", FakeClock.Default);
        var json = JsonNode.Parse(DiffJson.Write(report, "content/"))!;

        Assert.Equal(1, (int)json["summary"]!["stances"]!["changed"]!);
        Assert.Equal(1, (int)json["summary"]!["mappings"]!["added"]!);
        var changes = json["changes"]!.AsArray();
        var renamed = changes.Single(c => (string)c!["type"]! == "renamed")!;
        Assert.Equal(("guidance", "travel-rule-essentials", "travel-rule-basics", "content/guidance/travel-rule-essentials.yaml"),
            ((string)renamed["area"]!, (string)renamed["id"]!, (string)renamed["renamed_from"]!, (string)renamed["file"]!));
        var stance = changes.Single(c => (string)c!["area"]! == "stances")!;
        Assert.Equal(("sg/custody", "partial → regulated"), ((string)stance["id"]!, (string)stance["headline"]!));
        Assert.Empty(json["introduced_diagnostics"]!.AsArray());
    }

    [Fact]
    public void Compares_with_the_working_tree_when_no_head_is_given()
    {
        using var repository = TypicalChange();

        var report = ContentDiff.BetweenRevisions(repository.Content, "main", null, FakeClock.Default);

        Assert.Equal("working tree", report.Head.Name);
        Assert.Contains(report.Changes, c => c is { Area: ChangeArea.Stances, Headline: "partial → regulated" });
        Assert.Contains(report.Changes, c => c is { Area: ChangeArea.Guidance, Type: ChangeType.Renamed, RenamedFrom: "travel-rule-basics" });
    }

    [Fact]
    public void Follows_an_id_change_without_a_git_rename_when_the_item_is_alike()
    {
        using var repository = ScriptedRepository.WithSampleContent();
        repository.Edit("standards/trx.yaml", "id: trx-02", "id: trx-02a");
        repository.Edit("mappings/trx--sg.yaml", "clause: trx-02", "clause: trx-02a");
        repository.Edit("mappings/trx--gb.yaml", "clause: trx-02", "clause: trx-02a");

        var report = ContentDiff.BetweenRevisions(repository.Content, "main", null, FakeClock.Default);

        var clause = Assert.Single(report.Changes, c => c.Area == ChangeArea.Clauses);
        Assert.Equal((ChangeType.Renamed, "trx-02a", "trx-02"), (clause.Type, clause.Id, clause.RenamedFrom));
        Assert.All(report.Changes.Where(c => c.Area == ChangeArea.Mappings), m => Assert.Equal(ChangeType.Renamed, m.Type));
    }

    [Fact]
    public void Reports_withdrawn_clauses_instrument_status_and_standard_versions()
    {
        using var repository = ScriptedRepository.WithSampleContent();
        repository.Edit("standards/trx.yaml", "    level: must\n    topics: [aml-cft, licensing]", "    level: must\n    status: withdrawn\n    topics: [aml-cft, licensing]");
        repository.Edit("standards/trx.yaml", "version: 1.1.0\nstatus: approved", "version: 1.2.0\nstatus: consultation");
        repository.Edit("standards/trx.yaml", "    changes: Adds unhosted-wallet handling.\n", "    changes: Adds unhosted-wallet handling.\n  - version: 1.2.0\n    status: consultation\n    date: 2026-10-01\n");
        repository.Edit("jurisdictions/gb.yaml", "    status: in-force", "    status: repealed");

        var report = ContentDiff.BetweenRevisions(repository.Content, "main", null, FakeClock.Default);

        Assert.Contains(report.Changes, c => c is { Area: ChangeArea.Clauses, Id: "trx-02", Headline: "withdrawn" });
        Assert.Contains(report.Changes, c => c is { Area: ChangeArea.Instruments, Subject: "United Kingdom / gb-mlrs-2017", Headline: "status in-force → repealed" });
        var standard = Assert.Single(report.Changes, c => c.Area == ChangeArea.Standards);
        Assert.Equal("version 1.1.0 → 1.2.0", standard.Headline);
        Assert.Equal(["status approved → consultation", "version 1.2.0 (consultation, 2026-10-01) added to the history"], standard.Details);
    }

    [Fact]
    public void Reports_stance_sources_and_dates_and_a_consultation_opened()
    {
        using var repository = ScriptedRepository.WithSampleContent();
        repository.Edit("jurisdictions/gb.yaml",
            "    as_of: 2026-06-30\n    next_review: 2027-06-30\n  - topic: aml-cft",
            "    as_of: 2026-11-01\n    next_review: 2027-11-01\n  - topic: aml-cft");
        repository.Edit("jurisdictions/gb.yaml",
            "        title: The Money Laundering Regulations 2017\n    as_of: 2026-11-01",
            "        title: The Money Laundering Regulations 2017\n      - url: https://www.fca.org.uk/cryptoassets\n        title: FCA cryptoasset regime\n    as_of: 2026-11-01");
        repository.Write("engagements/fca-cp-2026.yaml", repository.Read("engagements/mas-consultation-2026.yaml")
            .Replace("id: mas-consultation-2026", "id: fca-cp-2026", StringComparison.Ordinal)
            .Replace("jurisdiction: sg\nregulator: mas", "jurisdiction: gb\nregulator: fca", StringComparison.Ordinal)
            .Replace("title: Consultation on DPT custody measures", "title: Cryptoasset custody rules", StringComparison.Ordinal)
            .Replace("internal_notes: MAS staff hinted the period could be 9 months.\n", "", StringComparison.Ordinal));

        var report = ContentDiff.BetweenRevisions(repository.Content, "main", null, FakeClock.Default);

        var stance = Assert.Single(report.Changes, c => c.Area == ChangeArea.Stances);
        Assert.Equal(("United Kingdom / licensing", "as of 2026-06-30 → 2026-11-01"), (stance.Subject, stance.Headline));
        Assert.Equal(["next review 2027-06-30 → 2027-11-01", "source added: “FCA cryptoasset regime” (https://www.fca.org.uk/cryptoassets)"], stance.Details);
        var consultation = Assert.Single(report.Changes, c => c.Area == ChangeArea.Engagements);
        Assert.Equal((ChangeType.Added, "Cryptoasset custody rules (fca)", "consultation opened 2026-11-01, closes 2026-12-15"),
            (consultation.Type, consultation.Subject, consultation.Headline));
        Assert.Empty(report.IntroducedDiagnostics);
    }

    [Fact]
    public void Lists_only_the_validation_findings_the_change_introduces()
    {
        using var repository = ScriptedRepository.WithSampleContent();
        repository.Edit("jurisdictions/sg.yaml", "region: asia-pacific", "region: asia-pacifc");

        var report = ContentDiff.BetweenRevisions(repository.Content, "main", null, FakeClock.Default);
        var markdown = DiffMarkdown.Write(report, "content/");

        var finding = Assert.Single(report.IntroducedDiagnostics);
        Assert.Equal("RK2001", finding.Code);
        Assert.Equal(1, report.HeadErrors);
        Assert.Contains("This change introduces 1 error and 0 warnings:", markdown, StringComparison.Ordinal);
        Assert.Contains("- `content/jurisdictions/sg.yaml:4:9` error RK2001: unknown region 'asia-pacifc'; did you mean 'asia-pacific'?", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_revision_is_a_readable_error()
    {
        using var repository = ScriptedRepository.WithSampleContent();

        var error = Assert.Throws<GitException>(() => ContentDiff.BetweenRevisions(repository.Content, "no-such-branch", null, FakeClock.Default));

        Assert.Contains("unknown revision 'no-such-branch'", error.Message, StringComparison.Ordinal);
    }
}
