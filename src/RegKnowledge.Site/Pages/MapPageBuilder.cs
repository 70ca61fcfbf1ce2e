using System.Text.Json;
using RegKnowledge.Content.Graph;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Jurisdictions;
using RegKnowledge.Site.Map;
using RegKnowledge.SiteTemplates.Pages;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Pages;

/// <summary>The world map: each outline takes the stance of the jurisdiction covering it (its own, else its bloc's: the EU colours its members).</summary>
internal static class MapPageBuilder
{
    private const double DotRadius = 4;

    public static PlannedPage Plan(PageKit kit)
    {
        var site = kit.Site;
        var graph = site.Graph;
        var links = new PageLinks(SiteUrls.Map);
        var outlines = WorldOutlines.Instance;
        var firstTopic = site.Topics.Count > 0 ? site.Topics[0].Id : "";
        var alpha2ByNumeric = CountryCodes.Numeric.ToDictionary(x => x.Value, x => x.Key, StringComparer.Ordinal);
        var eu = graph.JurisdictionById.GetValueOrDefault("eu");

        Jurisdiction? Covering(string? numericId)
        {
            if (numericId is null || !alpha2ByNumeric.TryGetValue(numericId, out var alpha2))
            {
                return null;
            }

            return graph.JurisdictionById.GetValueOrDefault(alpha2) ?? (CountryCodes.EuropeanUnion.Contains(alpha2) ? eu : null);
        }

        var shapes = outlines.Countries
            .Select(c => Shape(site, links, c.Path, c.Name, Covering(c.NumericId), firstTopic))
            .ToList();
        var outlined = outlines.Countries.Select(c => c.NumericId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var side = new List<MapSideEntry>();
        foreach (var j in graph.Jurisdictions)
        {
            var hasOutline = CountryCodes.Numeric.TryGetValue(j.Id, out var numeric) && outlined.Contains(numeric);
            if (hasOutline || j.Id == "eu")
            {
                continue;
            }

            if (CountryCodes.SmallStates.TryGetValue(j.Id, out var point))
            {
                shapes.Add(Shape(site, links, outlines.Dot(point.Lat, point.Lon, DotRadius), j.Name, j, firstTopic) with { CssClass = site.LevelOf(j, firstTopic).CssClass + " dot" });
                continue;
            }

            var parent = j.Parent is { } p ? site.JurisdictionName(p) : "no outline at this scale";
            side.Add(new MapSideEntry(links.Link(SiteUrls.Jurisdiction(j.Id), j.Name), parent, site.LevelOf(j, firstTopic).Badge, LevelsJson(site, j)));
        }

        var label = graph.Jurisdictions.SelectMany(j => j.Stances.Select(s => graph.LabelOf(j, s))).DefaultIfEmpty(Tlp.Clear).Max();
        var reviewed = FrameFactory.Latest(graph.Jurisdictions.SelectMany(j => j.Stances).Select(s => (DateOnly?)s.AsOf));
        var frame = kit.Frames.Create(SiteUrls.Map, "World map of stances", label, [], reviewed, null,
            "A world map coloured by each jurisdiction's stance on a chosen topic.", ["map.js"]);
        var topics = site.Topics.Select(t => new TopicColumn(t.Id, t.Name, links.To(SiteUrls.Topic(t.Id)))).ToList();
        return new PlannedPage(SiteUrls.Map, typeof(MapPage),
            new MapPageModel(frame, topics, firstTopic, outlines.ViewBox, shapes, side, site.Legend, links.To(SiteUrls.Matrix)));
    }

    private static MapShape Shape(SiteContext site, PageLinks links, string path, string name, Jurisdiction? j, string topic)
    {
        if (j is null)
        {
            return new MapShape(path, name, null, null, "no-data", $"{name}: not covered", "");
        }

        var level = site.LevelOf(j, topic);
        var shown = name == j.Name ? name : $"{name} ({j.Name})";
        return new MapShape(path, shown, j.Id, links.To(SiteUrls.Jurisdiction(j.Id)), level.CssClass, $"{shown}: {level.Label}", LevelsJson(site, j));
    }

    /// <summary>{"topic":{"c":"lvl-5","l":"Regulated"},...} — what the map script needs to recolour and retitle on a topic change.</summary>
    private static string LevelsJson(SiteContext site, Jurisdiction j)
    {
        var levels = site.Topics.ToDictionary(t => t.Id, t => site.LevelOf(j, t.Id));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var topic in site.Topics)
            {
                writer.WriteStartObject(topic.Id);
                writer.WriteString("c", levels[topic.Id].CssClass);
                writer.WriteString("l", levels[topic.Id].Label);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
