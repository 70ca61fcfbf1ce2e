using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Composition;

/// <summary>A pack's view model before rendering, with what the later stages need: its id prefix and document label.</summary>
/// <remarks>The model still carries <see cref="PlaceholderId"/> and an empty glossary: both are settled by <c>PackHtml</c>, which needs the
/// rendered text to choose glossary entries and to hash.</remarks>
internal sealed record ComposedPack(PackRequest Request, PackDocumentModel Model, string IdPrefix, Tlp Label)
{
    public string PlaceholderId => IdPrefix + "-00000000";
}

/// <summary>Knowledge graph → pack view model, for one request. Checks the request, filters the graph at the recipient's ceiling, then
/// composes the sections in reading order (so sources are numbered as the reader meets them).</summary>
internal static class PackComposer
{
    public static ComposedPack Compose(KnowledgeGraph buildGraph, PackRequest request, string contentVersion)
    {
        var jurisdiction = buildGraph.JurisdictionById.GetValueOrDefault(request.Jurisdiction)
            ?? throw new PackRequestException($"unknown jurisdiction '{request.Jurisdiction}'; known: {string.Join(", ", buildGraph.JurisdictionById.Keys.Order(StringComparer.Ordinal))}");
        var unknownTopics = request.TopicIds.Where(t => !buildGraph.TopicById.ContainsKey(t)).ToList();
        if (unknownTopics.Count > 0)
        {
            throw new PackRequestException($"unknown topic(s) {string.Join(", ", unknownTopics)}; known: {string.Join(", ", buildGraph.Taxonomy.Topics.Select(t => t.Id))}");
        }

        var recipient = RecipientScope.Resolve(buildGraph, jurisdiction, request.Regulator);
        var graph = recipient.Filter(buildGraph);
        var scoped = graph.JurisdictionById.GetValueOrDefault(jurisdiction.Id)
            ?? throw new PackRequestException($"{jurisdiction.Name} is labelled above {TlpText.Label(recipient.Ceiling)}, the most {recipient.Name} may receive: there is nothing to put in a pack.");

        var context = new PackContext(graph, scoped, recipient, request.TopicIds, contentVersion);
        var selection = new PackSelection(context);
        var rows = new PackRows(context);
        var summary = SummaryComposer.Compose(context, selection, rows);
        var regime = RegimeComposer.Compose(context);
        var alignment = AlignmentComposer.Compose(context, selection, rows);
        var engagement = EngagementComposer.Compose(context, selection, rows);
        var guidance = GuidanceComposer.Compose(context, selection);
        var appendices = AppendixComposer.Compose(context, selection);

        var site = graph.Site;
        var idPrefix = $"{site.ShortName}-BP-{scoped.Id}" + (recipient.SingleRegulatorId is { } r ? "-" + r : "");
        var title = $"Briefing pack: {scoped.Name}";
        var cover = new PackCover
        {
            Consortium = site.Consortium,
            ShortName = site.ShortName,
            Title = title,
            Jurisdiction = scoped.Name,
            Recipient = recipient.Name,
            Date = PackText.Date(context.Today),
            PackId = idPrefix + "-00000000",
            ContentVersion = contentVersion,
            Audience = graph.Audience.Id,
            AudienceDescription = graph.Audience.Description,
            AudienceCeiling = PackText.Tlp(graph.Audience.Ceiling),
            RecipientCeiling = PackText.Tlp(recipient.RecipientCeiling),
            Label = PackText.Tlp(context.Label),
            LabelMeaning = PackText.TlpSharing(context.Label),
            Topics = context.Topics.Select(context.TopicName).ToList(),
        };
        var meta = new PackMeta(
            $"{site.ShortName} {title} (for {recipient.Name})",
            site.Consortium,
            $"How the {site.ShortName} understands the {scoped.Name} regime for crypto-asset activity, its alignment with {site.ShortName} standards "
                + $"and our engagement; prepared for {recipient.Name}. {TlpText.Label(context.Label)}.",
            string.Join(", ", new[] { "briefing pack", scoped.Name }.Concat(recipient.Regulators.Select(x => x.Name)).Append(TlpText.Label(context.Label))),
            "",
            "");
        var model = new PackDocumentModel
        {
            Meta = meta,
            Cover = cover,
            Summary = summary,
            Toc = TocComposer.Compose(alignment, engagement),
            Regime = regime,
            Alignment = alignment,
            Engagement = engagement,
            Guidance = guidance,
            Appendices = appendices,
        };
        return new ComposedPack(request, model, idPrefix, context.Label);
    }
}
