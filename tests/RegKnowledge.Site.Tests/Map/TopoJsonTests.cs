using System.Text;
using RegKnowledge.Site.Map;

namespace RegKnowledge.Site.Tests.Map;

public sealed class TopoJsonTests
{
    // Two arcs sharing the point (1,0)→(1,1); the second polygon uses the first arc reversed (~0 = -1).
    private const string Topology = """
        {"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
         "arcs":[[[0,0],[1,0],[0,1]],[[1,1],[-1,0],[0,-1]]],
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","arcs":[[0,1]],"id":"001","properties":{"name":"Square"}},
           {"type":"MultiPolygon","arcs":[[[-1]]],"properties":{"name":"Nameless id"}}]}}}
        """;

    [Fact]
    public void Decodes_quantized_delta_arcs_and_stitches_rings_sharing_end_points()
    {
        var countries = TopoJson.ReadCountries(new MemoryStream(Encoding.UTF8.GetBytes(Topology)));

        Assert.Equal("001", countries[0].NumericId);
        Assert.Equal([(10.0, 20.0), (11.0, 20.0), (11.0, 21.0), (10.0, 21.0), (10.0, 20.0)], countries[0].Rings[0]);
        Assert.Null(countries[1].NumericId);
        Assert.Equal([(11.0, 21.0), (11.0, 20.0), (10.0, 20.0)], countries[1].Rings[0]);
    }

    [Fact]
    public void Splits_rings_crossing_the_antimeridian_into_one_piece_per_side()
    {
        var ring = new List<(double Lon, double Lat)> { (178, 10), (-178, 10), (-178, 12), (178, 12), (178, 10) };

        var pieces = Antimeridian.Split(ring).ToList();

        Assert.Equal(2, pieces.Count);
        Assert.All(pieces[0], p => Assert.InRange(p.Lon, 178, 180));
        Assert.All(pieces[1], p => Assert.InRange(p.Lon, -180, -178));
    }

    [Fact]
    public void Projects_the_embedded_outlines_with_every_numeric_id_known_to_the_code_table()
    {
        var outlines = WorldOutlines.Instance;
        var known = CountryCodes.Numeric.Values.ToHashSet(StringComparer.Ordinal);

        Assert.InRange(outlines.Countries.Count, 170, 180);
        Assert.All(outlines.Countries.Where(c => c.NumericId is not null), c => Assert.Contains(c.NumericId!, known));
        Assert.Equal("0 0 1000 436", outlines.ViewBox);
        Assert.DoesNotContain(outlines.Countries, c => c.Path.Contains("-0,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("gb", "826")]
    [InlineData("us", "840")]
    [InlineData("ae", "784")]
    [InlineData("kr", "410")]
    [InlineData("sg", "702")]
    public void Maps_alpha_2_ids_to_iso_numeric_codes(string alpha2, string numeric) => Assert.Equal(numeric, CountryCodes.Numeric[alpha2]);
}
