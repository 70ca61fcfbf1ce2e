using RegKnowledge.Content.Graph;
using RegKnowledge.SiteTemplates.ViewModels;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Composition;

/// <summary>Section 5: the summary of each relevant guidance article and the absolute address of the full article on the site.</summary>
internal static class GuidanceComposer
{
    public static PackGuidance Compose(PackContext context, PackSelection selection)
    {
        var articles = selection.Guidance.Select(g =>
        {
            context.Include(context.Graph.LabelOf(g));
            return new LinkedSummary(context.SiteLink(SiteUrls.Guidance(g.Id), g.Title), g.Summary, PackText.Date(g.Updated ?? g.Published));
        }).ToList();
        return new PackGuidance(context.Jurisdiction.Name, articles);
    }
}
