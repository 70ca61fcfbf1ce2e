using System.Text.Json;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Model.Common;
using RegKnowledge.Testing;

namespace RegKnowledge.Content.Tests.Graph;

/// <summary>The audience filter is the single gate every output passes through: after it, nothing above the ceiling is in memory.</summary>
public sealed class AudienceFilterTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, IncludeFields = false };

    public static TheoryData<string> Audiences() => new("public", "members", "staff");

    [Theory]
    [MemberData(nameof(Audiences))]
    public void Graph_for_an_audience_holds_no_canary_above_its_ceiling(string audienceId)
    {
        var checkedContent = CheckedContent.From(Canaries.Content, FakeClock.Default);
        Assert.False(checkedContent.HasErrors, string.Join("\n", checkedContent.Diagnostics));
        var audience = KnowledgeGraph.ResolveAudience(checkedContent.Content, audienceId);
        var graph = KnowledgeGraph.Build(checkedContent.Content, audience, FakeClock.Default);

        var dump = JsonSerializer.Serialize(new
        {
            graph.Jurisdictions,
            graph.Standards,
            Mappings = graph.Mappings.Select(m => m.Mapping),
            graph.Guidance,
            graph.Engagements,
            graph.Governance,
        }, Json).ToLowerInvariant();

        Assert.All(Canaries.Above(audience.Ceiling), word => Assert.DoesNotContain(word, dump, StringComparison.Ordinal));
        Assert.All(Canaries.AtOrBelow(audience.Ceiling), word => Assert.Contains(word, dump, StringComparison.Ordinal));
    }

    [Fact]
    public void Drafts_reach_only_audiences_cleared_for_amber()
    {
        using var temp = TempContent.CopyOf(Canaries.Content);
        temp.Write("guidance/canary-green.yaml", temp.Read("guidance/canary-green.yaml").Replace("status: published", "status: draft", StringComparison.Ordinal));
        var content = CheckedContent.From(temp.Root, FakeClock.Default).Content;
        var members = KnowledgeGraph.Build(content, KnowledgeGraph.ResolveAudience(content, "members"), FakeClock.Default);
        var staff = KnowledgeGraph.Build(content, KnowledgeGraph.ResolveAudience(content, "staff"), FakeClock.Default);
        Assert.DoesNotContain(members.Guidance, g => g.Id == "canary-green");
        Assert.Contains(staff.Guidance, g => g.Id == "canary-green");
    }

    [Fact]
    public void Filtering_leaves_the_loaded_content_untouched()
    {
        var content = CheckedContent.From(Canaries.Content, FakeClock.Default).Content;
        KnowledgeGraph.Build(content, KnowledgeGraph.ResolveAudience(content, "public"), FakeClock.Default);
        Assert.Contains(content.Engagements, e => e.InternalNotes?.Contains("canarynotesdelta", StringComparison.Ordinal) == true);
        Assert.Equal(Tlp.Amber, content.Jurisdictions.Single(j => j.Id == "gb").Stances.Single(s => s.Topic == "custody").Tlp);
    }
}
