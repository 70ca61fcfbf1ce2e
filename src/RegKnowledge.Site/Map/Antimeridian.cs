namespace RegKnowledge.Site.Map;

/// <summary>Splits polygon rings that cross the ±180° meridian (Russia, Fiji) so no edge runs across the whole map.</summary>
/// <remarks>The ring is first made continuous (longitudes may pass 180), then clipped to each side of the meridian in longitude/latitude
/// space (Sutherland–Hodgman against one vertical line) and the far piece shifted back by 360°. The cut edge is densified so that,
/// once projected, it follows the curved edge of the map.</remarks>
internal static class Antimeridian
{
    private const double CutStep = 1; // degrees of latitude between added points on a cut edge

    public static IEnumerable<IReadOnlyList<(double Lon, double Lat)>> Split(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        var continuous = Unwrap(ring);
        var min = continuous.Min(p => p.Lon);
        var max = continuous.Max(p => p.Lon);
        if (min >= -180 && max <= 180)
        {
            yield return ring;
            yield break;
        }

        var edge = max > 180 ? 180.0 : -180.0;
        var shift = max > 180 ? -360.0 : 360.0;
        var inside = Clip(continuous, edge, keepBelow: edge > 0);
        var outside = Clip(continuous, edge, keepBelow: edge < 0);
        if (inside.Count >= 3)
        {
            yield return inside;
        }

        if (outside.Count >= 3)
        {
            yield return outside.Select(p => (p.Lon + shift, p.Lat)).ToList();
        }
    }

    private static List<(double Lon, double Lat)> Unwrap(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        var result = new List<(double, double)>(ring.Count);
        var offset = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            if (i > 0)
            {
                var jump = ring[i].Lon - ring[i - 1].Lon;
                if (jump > 180)
                {
                    offset -= 360;
                }
                else if (jump < -180)
                {
                    offset += 360;
                }
            }

            result.Add((ring[i].Lon + offset, ring[i].Lat));
        }

        return result;
    }

    /// <summary>The part of the ring with lon ≤ edge (keepBelow) or lon ≥ edge, closed along the edge.</summary>
    private static List<(double Lon, double Lat)> Clip(List<(double Lon, double Lat)> ring, double edge, bool keepBelow)
    {
        bool Inside((double Lon, double Lat) p) => keepBelow ? p.Lon <= edge : p.Lon >= edge;
        var output = new List<(double Lon, double Lat)>();
        for (var i = 0; i < ring.Count; i++)
        {
            var current = ring[i];
            var previous = ring[(i + ring.Count - 1) % ring.Count];
            if (Inside(current))
            {
                if (!Inside(previous))
                {
                    AddOnEdge(output, Crossing(previous, current, edge));
                }

                output.Add(current);
            }
            else if (Inside(previous))
            {
                AddOnEdge(output, Crossing(previous, current, edge));
            }
        }

        // The closing edge (last point back to the first) may run along the cut as well.
        if (output.Count > 1 && output[0].Lon == edge && output[^1].Lon == edge)
        {
            AddOnEdge(output, output[0]);
            output.RemoveAt(output.Count - 1);
        }

        return output;
    }

    private static (double Lon, double Lat) Crossing((double Lon, double Lat) a, (double Lon, double Lat) b, double edge)
    {
        var t = (edge - a.Lon) / (b.Lon - a.Lon);
        return (edge, a.Lat + t * (b.Lat - a.Lat));
    }

    /// <summary>Adds a point on the edge; when the previous point is on the edge too, fills in points so the projected cut follows the map's curve.</summary>
    private static void AddOnEdge(List<(double Lon, double Lat)> output, (double Lon, double Lat) point)
    {
        if (output.Count > 0 && output[^1].Lon == point.Lon)
        {
            var from = output[^1].Lat;
            var steps = (int)Math.Floor(Math.Abs(point.Lat - from) / CutStep);
            for (var s = 1; s < steps; s++)
            {
                output.Add((point.Lon, from + Math.Sign(point.Lat - from) * s * CutStep));
            }
        }

        output.Add(point);
    }
}
