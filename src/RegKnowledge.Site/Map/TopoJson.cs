using System.Text.Json;

namespace RegKnowledge.Site.Map;

/// <summary>A country of a TopoJSON topology: numeric ISO 3166 id (may be missing), name and polygons as rings of (lon, lat).</summary>
internal sealed record TopoCountry(string? NumericId, string Name, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings);

/// <summary>A small TopoJSON decoder: quantized, delta-encoded arcs stitched into polygon rings (reversed when the index is negative).</summary>
/// <remarks>Only what world-atlas uses: one GeometryCollection of Polygon and MultiPolygon geometries with a quantization transform.</remarks>
internal static class TopoJson
{
    public static IReadOnlyList<TopoCountry> ReadCountries(Stream json, string objectName = "countries")
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var transform = root.GetProperty("transform");
        var scale = Pair(transform.GetProperty("scale"));
        var translate = Pair(transform.GetProperty("translate"));
        var arcs = root.GetProperty("arcs").EnumerateArray().Select(a => DecodeArc(a, scale, translate)).ToList();

        var countries = new List<TopoCountry>();
        foreach (var geometry in root.GetProperty("objects").GetProperty(objectName).GetProperty("geometries").EnumerateArray())
        {
            var id = geometry.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
            var name = geometry.TryGetProperty("properties", out var properties) && properties.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
            var rings = new List<IReadOnlyList<(double, double)>>();
            switch (geometry.GetProperty("type").GetString())
            {
                case "Polygon":
                    rings.AddRange(geometry.GetProperty("arcs").EnumerateArray().Select(r => Ring(r, arcs)));
                    break;
                case "MultiPolygon":
                    rings.AddRange(geometry.GetProperty("arcs").EnumerateArray().SelectMany(p => p.EnumerateArray()).Select(r => Ring(r, arcs)));
                    break;
            }

            countries.Add(new TopoCountry(id, name, rings));
        }

        return countries;
    }

    private static (double X, double Y) Pair(JsonElement element) => (element[0].GetDouble(), element[1].GetDouble());

    private static List<(double Lon, double Lat)> DecodeArc(JsonElement arc, (double X, double Y) scale, (double X, double Y) translate)
    {
        var points = new List<(double, double)>(arc.GetArrayLength());
        long x = 0, y = 0;
        foreach (var delta in arc.EnumerateArray())
        {
            x += delta[0].GetInt64();
            y += delta[1].GetInt64();
            points.Add((x * scale.X + translate.X, y * scale.Y + translate.Y));
        }

        return points;
    }

    /// <summary>Joins arcs into one ring; consecutive arcs share their end point, so it is taken once.</summary>
    private static List<(double Lon, double Lat)> Ring(JsonElement arcIndexes, List<List<(double Lon, double Lat)>> arcs)
    {
        var ring = new List<(double, double)>();
        foreach (var indexElement in arcIndexes.EnumerateArray())
        {
            var index = indexElement.GetInt32();
            IEnumerable<(double, double)> points = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]);
            ring.AddRange(ring.Count == 0 ? points : points.Skip(1));
        }

        return ring;
    }
}
