using System.Text.RegularExpressions;
using RegKnowledge.Model.Taxonomy;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Composition;

/// <summary>Chooses the glossary entries a pack needs: those whose term the pack prints as a whole word, case as written
/// (acronyms like "MiCA" or "PoR" are matched exactly). Entries keep the taxonomy's order.</summary>
internal static class GlossaryFilter
{
    public static IReadOnlyList<PackTerm> Used(IEnumerable<GlossaryEntry> glossary, string text) => glossary
        .Where(g => Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(g.Term) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant))
        .Select(g => new PackTerm(g.Term, g.Definition))
        .ToList();
}
