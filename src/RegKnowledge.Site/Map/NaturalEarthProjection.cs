namespace RegKnowledge.Site.Map;

/// <summary>The Natural Earth projection (Šavrič, Jenny, Patterson and Jenny, 2011): a compromise world projection given by two polynomials.</summary>
internal static class NaturalEarthProjection
{
    /// <summary>Projects longitude and latitude in degrees to unitless x (east) and y (north).</summary>
    public static (double X, double Y) Project(double lon, double lat)
    {
        var lambda = lon * Math.PI / 180;
        var phi = lat * Math.PI / 180;
        var phi2 = phi * phi;
        var phi4 = phi2 * phi2;
        var x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
        var y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
        return (x, y);
    }
}
