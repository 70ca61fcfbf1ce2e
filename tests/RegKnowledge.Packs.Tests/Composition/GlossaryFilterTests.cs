using RegKnowledge.Model.Taxonomy;
using RegKnowledge.Packs.Composition;

namespace RegKnowledge.Packs.Tests.Composition;

public sealed class GlossaryFilterTests
{
    private static readonly GlossaryEntry[] Glossary =
    [
        new() { Term = "AML/CFT", Definition = "Anti-money laundering." },
        new() { Term = "DPT", Definition = "Digital payment token." },
        new() { Term = "MiCA", Definition = "Markets in crypto-assets." },
        new() { Term = "PoR", Definition = "Proof of reserves." },
    ];

    [Fact]
    public void Keeps_only_terms_the_pack_prints_as_whole_words_in_glossary_order()
    {
        var used = GlossaryFilter.Used(Glossary, "Firms providing DPT services apply AML/CFT duties; (MiCA) too.");

        Assert.Equal(["AML/CFT", "DPT", "MiCA"], used.Select(t => t.Term));
    }

    [Theory]
    [InlineData("DPTS and xDPT are other words")]
    [InlineData("the report on reserves")]
    [InlineData("mica is a mineral")]
    public void Does_not_match_inside_words_or_in_another_case(string text) => Assert.Empty(GlossaryFilter.Used(Glossary, text));
}
