using RegKnowledge.Content.Markdown;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Content.Validate.Rules;

/// <summary>Guidance articles.</summary>
internal static class GuidanceRules
{
    public static void Register(ValidationContext context)
    {
        foreach (var article in context.Content.Guidance) context.Register("guidance", article.Id, article.At("id"));
    }

    public static void Check(ValidationContext context)
    {
        var cycle = context.Content.Taxonomy?.ReviewCycles.GuidanceDays ?? 730;
        foreach (var article in context.Content.Guidance)
        {
            foreach (var topic in article.Topics) context.CheckReference("topic", topic, article.At("topics"));
            foreach (var jurisdiction in article.Jurisdictions) context.CheckReference("jurisdiction", jurisdiction, article.At("jurisdictions"));
            foreach (var clause in article.RelatedClauses) context.CheckReference("clause", clause, article.At("related_clauses"));
            context.CheckReference("governance body", article.Owner, article.At("owner"));
            context.CheckOrder(article.Published, "published", article.Updated, "updated", article.At("updated"));
            if (article.Topics.Count == 0)
            {
                context.Error(DiagnosticCodes.EmptyList, article.At("topics"), "guidance needs at least one topic");
            }

            if (GuidanceSyntax.RenderProblem(article.Body) is { } problem)
            {
                context.Error(DiagnosticCodes.MarkdownTooDeep, article.At("body"), $"the body cannot be rendered: {problem} Remove the long run of nested brackets, quotes or list markers.");
            }

            var last = article.Updated ?? article.Published;
            if (last != default && last.AddDays(cycle) < context.Clock.Today)
            {
                context.Warning(DiagnosticCodes.StaleGuidance, article.At(article.Updated is null ? "published" : "updated"),
                    $"'{article.Title}' was last updated {last:yyyy-MM-dd}, older than the {cycle}-day cycle");
            }
        }
    }
}
