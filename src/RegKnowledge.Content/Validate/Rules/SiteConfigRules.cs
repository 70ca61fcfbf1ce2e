using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Content.Validate.Rules;

/// <summary>Site settings and audiences.</summary>
internal static class SiteConfigRules
{
    public static void Check(ValidationContext context)
    {
        if (context.Content.Site is not { } site)
        {
            return;
        }

        context.CheckUrl(site.RepositoryUrl, site.At("repository_url"), "repository_url");
        context.CheckUrl(site.BaseUrl, site.At("base_url"), "base_url");
        foreach (var audience in site.Audiences)
        {
            context.Register("audience", audience.Id, audience.At("id"));
        }

        if (site.DefaultAudience.Length > 0 && !context.Exists("audience", site.DefaultAudience))
        {
            context.Error(DiagnosticCodes.AudienceConfig, site.At("default_audience"), $"default audience '{site.DefaultAudience}' is not among the audiences listed");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var recipient in site.Recipients)
        {
            context.CheckReference("regulator", recipient.Regulator, recipient.At("regulator"));
            if (!seen.Add(recipient.Regulator))
            {
                context.Error(DiagnosticCodes.DuplicateId, recipient.At("regulator"), $"regulator '{recipient.Regulator}' has two ceilings");
            }
        }
    }
}
