namespace RegKnowledge.Content.Graph;

/// <summary>The site's URL scheme, shared by the site, the search index, feeds and packs so every link agrees.
/// URLs are relative to the site root with no leading slash ("jurisdictions/sg/"), so the site works under any path prefix
/// and from disk; pages turn them into page-relative links.</summary>
public static class SiteUrls
{
    public const string Home = "";
    public const string Search = "search/";
    public const string Matrix = "matrix/";
    public const string Map = "map/";
    public const string Compare = "compare/";
    public const string Compliance = "compliance/";
    public const string JurisdictionIndex = "jurisdictions/";
    public const string TopicIndex = "topics/";
    public const string StandardIndex = "standards/";
    public const string GuidanceIndex = "guidance/";
    public const string EngagementIndex = "engagements/";
    public const string GovernanceIndex = "governance/";
    public const string Calendar = "engagements/deadlines.ics";
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";

    public static string Jurisdiction(string id) => $"jurisdictions/{id}/";

    /// <summary>A stance, as a section of its jurisdiction's profile.</summary>
    public static string Stance(string jurisdictionId, string topicId) => $"jurisdictions/{jurisdictionId}/#topic-{topicId}";

    /// <summary>Clause-level alignment of one standard in one jurisdiction.</summary>
    public static string Alignment(string jurisdictionId, string standardId) => $"jurisdictions/{jurisdictionId}/standards/{standardId}/";

    public static string Mapping(string jurisdictionId, string standardId, string mappingId) => $"{Alignment(jurisdictionId, standardId)}#{mappingId}";

    public static string Topic(string id) => $"topics/{id}/";

    public static string Standard(string id) => $"standards/{id}/";

    /// <summary>One standard's clauses × jurisdictions heat map (the compliance index shows only each standard's totals).</summary>
    public static string ComplianceOf(string standardId) => $"compliance/{standardId}/";

    public static string Clause(string standardId, string clauseId) => $"standards/{standardId}/#{clauseId}";

    public static string Guidance(string id) => $"guidance/{id}/";

    /// <summary>A heading inside a guidance article; <paramref name="slug"/> is the heading id the renderer assigns.</summary>
    public static string GuidanceSection(string id, string slug) => $"guidance/{id}/#{slug}";

    public static string Engagement(string id) => $"engagements/{id}/";

    public static string GoverningBody(string id) => $"governance/{id}/";

    /// <summary>Briefing pack of a jurisdiction (optionally for one regulator); <paramref name="extension"/> is "pdf" or "html".</summary>
    public static string Pack(string jurisdictionId, string? regulatorId, string extension) =>
        regulatorId is null ? $"packs/{jurisdictionId}.{extension}" : $"packs/{jurisdictionId}-{regulatorId}.{extension}";

    /// <summary>A link from a page at <paramref name="fromPage"/> (site-relative, e.g. "jurisdictions/sg/") to <paramref name="target"/>.</summary>
    public static string Relative(string fromPage, string target)
    {
        var depth = fromPage.Count(c => c == '/');
        var prefix = string.Concat(Enumerable.Repeat("../", depth));
        var link = prefix + target;
        return link.Length == 0 ? "./" : link;
    }
}
