using System.Globalization;
using System.Text;

namespace RegKnowledge.Site.Map;

/// <summary>A country outline projected to SVG path data.</summary>
internal sealed record ProjectedCountry(string? NumericId, string Name, string Path);

/// <summary>Natural Earth 1:110m country outlines (embedded), projected once with <see cref="NaturalEarthProjection"/> into a 1000-unit-wide SVG frame.</summary>
internal sealed class WorldOutlines
{
    public const double Width = 1000;
    private const string Antarctica = "010";
    private static readonly Lazy<WorldOutlines> Loaded = new(Load);

    private readonly double minX;
    private readonly double maxY;
    private readonly double scale;

    private WorldOutlines(IReadOnlyList<TopoCountry> countries)
    {
        // Antarctica holds no jurisdiction and would take a fifth of the height.
        var shown = countries.Where(c => c.NumericId != Antarctica).ToList();
        var points = shown.SelectMany(c => c.Rings).SelectMany(r => r).Select(p => NaturalEarthProjection.Project(p.Lon, p.Lat)).ToList();
        minX = points.Min(p => p.X);
        maxY = points.Max(p => p.Y);
        scale = Width / (points.Max(p => p.X) - minX);
        Height = Math.Ceiling((maxY - points.Min(p => p.Y)) * scale);
        Countries = shown.Select(c => new ProjectedCountry(c.NumericId, c.Name, PathOf(c.Rings))).ToList();
    }

    public static WorldOutlines Instance => Loaded.Value;

    public double Height { get; }

    public IReadOnlyList<ProjectedCountry> Countries { get; }

    public string ViewBox => $"0 0 {Format(Width)} {Format(Height)}";

    /// <summary>SVG coordinates of a point.</summary>
    public (double X, double Y) ToSvg(double lat, double lon)
    {
        var (x, y) = NaturalEarthProjection.Project(lon, lat);
        return ((x - minX) * scale, (maxY - y) * scale);
    }

    /// <summary>A dot of radius <paramref name="radius"/> as path data (two arcs), for states too small to outline.</summary>
    public string Dot(double lat, double lon, double radius)
    {
        var (x, y) = ToSvg(lat, lon);
        return $"M{Format(x - radius)},{Format(y)}a{Format(radius)},{Format(radius)} 0 1,0 {Format(2 * radius)},0a{Format(radius)},{Format(radius)} 0 1,0 {Format(-2 * radius)},0Z";
    }

    private static WorldOutlines Load()
    {
        using var stream = typeof(WorldOutlines).Assembly.GetManifestResourceStream("countries-110m.json")
            ?? throw new InvalidOperationException("embedded resource countries-110m.json is missing");
        return new WorldOutlines(TopoJson.ReadCountries(stream));
    }

    private string PathOf(IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> rings)
    {
        var path = new StringBuilder();
        foreach (var ring in rings.SelectMany(Antimeridian.Split))
        {
            var last = "";
            var count = 0;
            foreach (var (lon, lat) in ring)
            {
                var (x, y) = ToSvg(lat, lon);
                var point = Format(x) + "," + Format(y);
                if (point == last)
                {
                    continue; // points closer than the rounding add bytes, not detail
                }

                path.Append(count == 0 ? 'M' : 'L').Append(point);
                last = point;
                count++;
            }

            if (count > 0)
            {
                path.Append('Z');
            }
        }

        return path.ToString();
    }

    // Adding 0.0 turns -0 into 0, so "-0" never appears.
    private static string Format(double value) => (Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0).ToString("0.#", CultureInfo.InvariantCulture);
}
