using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Model.Mappings;
using RegKnowledge.Model.Standards;
using RegKnowledge.Packs.Composition;

namespace RegKnowledge.Packs.Tests.Composition;

public sealed class IssueRankingTests
{
    private static readonly Jurisdiction Sg = new() { Id = "sg", Name = "Singapore", Region = "asia-pacific", Summary = "s" };

    private static ResolvedMapping Mapping(string clause, NormativeLevel level, Alignment alignment, int strength, Confidence confidence = Confidence.High)
    {
        var c = new Clause { Id = clause, Title = clause, Text = "t", Level = level, Topics = ["aml-cft"] };
        var standard = new Standard
        {
            Id = "trx",
            Title = "T",
            Version = "1.0.0",
            Status = StandardStatus.Approved,
            Owner = "wg",
            Summary = "s",
            Published = new DateOnly(2025, 1, 1),
            Clauses = [c],
        };
        var mapping = new Mapping
        {
            Clause = clause,
            Relationship = Relationship.IntersectsWith,
            Basis = MappingBasis.Semantic,
            Strength = strength,
            Confidence = confidence,
            Alignment = alignment,
            Rationale = "r",
            Reviewer = "wg",
            ReviewedOn = new DateOnly(2026, 1, 1),
        };
        var set = new MappingSet { Standard = "trx", StandardVersion = "1.0.0", Jurisdiction = "sg", Mappings = [mapping] };
        return new ResolvedMapping($"{clause}--sg", mapping, set, standard, c, Sg, null, Tlp.Green);
    }

    [Fact]
    public void Ranks_by_clause_level_then_conflict_before_gap_then_weaker_relationship_then_confidence()
    {
        var mappings = new[]
        {
            Mapping("may-conflict", NormativeLevel.May, Alignment.Conflict, 5),
            Mapping("must-gap-strong", NormativeLevel.Must, Alignment.Gap, 4),
            Mapping("should-conflict", NormativeLevel.Should, Alignment.Conflict, 5),
            Mapping("must-gap-weak-low", NormativeLevel.Must, Alignment.Gap, 0, Confidence.Low),
            Mapping("must-gap-weak-high", NormativeLevel.Must, Alignment.Gap, 0, Confidence.High),
            Mapping("must-conflict", NormativeLevel.Must, Alignment.Conflict, 7),
        };

        var ranked = IssueRanking.Rank(mappings).Select(m => m.Clause.Id).ToList();

        Assert.Equal(["must-conflict", "must-gap-weak-high", "must-gap-weak-low", "must-gap-strong", "should-conflict", "may-conflict"], ranked);
    }

    [Fact]
    public void Leaves_out_aligned_partial_and_not_applicable_mappings()
    {
        var mappings = new[]
        {
            Mapping("a", NormativeLevel.Must, Alignment.Aligned, 9),
            Mapping("b", NormativeLevel.Must, Alignment.Partial, 5),
            Mapping("c", NormativeLevel.Must, Alignment.NotApplicable, 0),
        };

        Assert.Empty(IssueRanking.Rank(mappings));
    }
}
