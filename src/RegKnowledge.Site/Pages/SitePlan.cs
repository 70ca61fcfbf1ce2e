namespace RegKnowledge.Site.Pages;

/// <summary>Every page of the site, in a fixed order.</summary>
internal static class SitePlan
{
    public static IEnumerable<PlannedPage> Pages(PageKit kit)
    {
        yield return HomePageBuilder.Plan(kit);
        yield return MatrixPageBuilder.Plan(kit);
        yield return MapPageBuilder.Plan(kit);
        yield return ComparePageBuilder.Plan(kit);
        foreach (var page in CompliancePageBuilder.Plan(kit).Concat(JurisdictionPages.Plan(kit)).Concat(TopicPages.Plan(kit)).Concat(StandardPages.Plan(kit))
                     .Concat(GuidancePages.Plan(kit)).Concat(EngagementPages.Plan(kit)).Concat(GovernancePages.Plan(kit)).Concat(UtilityPages.Plan(kit)))
        {
            yield return page;
        }
    }
}
