using RegKnowledge.Content.Validate.Rules;
using RegKnowledge.Model;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Content.Validate;

/// <summary>Checks loaded content as a whole: references, ids, values, staleness, labels.</summary>
public static class ContentValidator
{
    /// <summary>Runs every rule and returns the findings sorted by place.</summary>
    public static IReadOnlyList<Diagnostic> Validate(ContentSet content, IClock clock)
    {
        var context = new ValidationContext(content, clock);

        // Registration first, so every rule can resolve references regardless of file order.
        TaxonomyRules.Register(context);
        GovernanceRules.Register(context);
        JurisdictionRules.Register(context);
        StandardRules.Register(context);
        GuidanceRules.Register(context);
        EngagementRules.Register(context);

        TaxonomyRules.Check(context);
        SiteConfigRules.Check(context);
        GovernanceRules.Check(context);
        JurisdictionRules.Check(context);
        StandardRules.Check(context);
        MappingRules.Check(context);
        GuidanceRules.Check(context);
        EngagementRules.Check(context);
        return context.Sorted();
    }
}
