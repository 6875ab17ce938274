using Portal.Maps.Projections;

namespace Portal.Tests.Maps;

/// <summary>The projections against published values and the properties they are chosen for.</summary>
public sealed class ProjectionTests
{
    private const double Tolerance = 1e-4;
    private const double Rad = Math.PI / 180;

    private static readonly EqualEarthProjection EqualEarth = new(0);

    [Test]
    public void Equal_Earth_maps_the_origin_to_the_origin()
    {
        var (x, y) = EqualEarth.Project(0, 0);
        Assert.Multiple(() =>
        {
            Assert.That(x, Is.EqualTo(0).Within(1e-12));
            Assert.That(y, Is.EqualTo(0).Within(1e-12));
        });
    }

    /// <summary>d3-geo's geoEqualEarth().scale(1).translate([0, 0]) gives [2.70663, 0] for [180, 0] (y flipped).</summary>
    [Test]
    public void Equal_Earth_puts_the_antimeridian_on_the_equator_at_d3_geo_s_value()
    {
        var (x, y) = EqualEarth.Project(180, 0);
        Assert.Multiple(() =>
        {
            Assert.That(x, Is.EqualTo(2.70663).Within(Tolerance));
            Assert.That(y, Is.EqualTo(0).Within(1e-12));
        });
    }

    [Test]
    public void Equal_Earth_puts_the_north_pole_at_d3_geo_s_value_and_the_published_formula_s()
    {
        // The published formula (Šavrič, Patterson & Jenny 2018), computed here independently.
        const double a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796;
        var theta = Math.Asin(Math.Sqrt(3) / 2 * Math.Sin(90 * Rad));
        var expected = theta * (a1 + (a2 * Math.Pow(theta, 2)) + (Math.Pow(theta, 6) * (a3 + (a4 * Math.Pow(theta, 2)))));

        var (x, y) = EqualEarth.Project(0, 90);
        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.EqualTo(1.31731).Within(Tolerance), "the formula itself");
            Assert.That(y, Is.EqualTo(1.31731).Within(Tolerance));
            Assert.That(y, Is.EqualTo(expected).Within(1e-9));
            Assert.That(x, Is.EqualTo(0).Within(1e-12));
        });
    }

    [Test]
    public void Equal_Earth_is_symmetric_about_the_equator_and_the_central_meridian()
    {
        var (x, y) = EqualEarth.Project(37, 41);
        Assert.Multiple(() =>
        {
            Assert.That(EqualEarth.Project(-37, 41), Is.EqualTo((-x, y)));
            Assert.That(EqualEarth.Project(37, -41), Is.EqualTo((x, -y)));
        });
    }

    [Test]
    public void Equal_Earth_keeps_areas_a_degree_cell_at_60_N_relates_to_one_at_the_equator_as_on_the_sphere()
    {
        var equator = CellArea(EqualEarth, 0, 0);
        var sixty = CellArea(EqualEarth, 0, 60);
        var sphere = (Math.Sin(61 * Rad) - Math.Sin(60 * Rad)) / Math.Sin(1 * Rad);

        Assert.That(sixty / equator, Is.EqualTo(sphere).Within(1).Percent);
    }

    [Test]
    public void Equal_Earth_cells_have_their_true_spherical_area()
    {
        // On the unit sphere a 1°×1° cell from latitude φ covers (π/180)·(sin(φ+1°) − sin φ).
        foreach (var lat in new[] { 0.0, 30, 60, 80 })
        {
            var sphere = Rad * (Math.Sin((lat + 1) * Rad) - Math.Sin(lat * Rad));
            Assert.That(CellArea(EqualEarth, 20, lat), Is.EqualTo(sphere).Within(0.5).Percent, $"cell at {lat}°N");
        }
    }

    [Test]
    public void Equal_Earth_keeps_the_antimeridian_s_two_sides_on_the_two_edges()
    {
        var east = EqualEarth.Project(180, 10);
        var west = EqualEarth.Project(-180, 10);
        Assert.Multiple(() =>
        {
            Assert.That(east.X, Is.GreaterThan(0), "+180 on the east edge");
            Assert.That(west.X, Is.LessThan(0), "-180 on the west edge");
            Assert.That(east.X, Is.EqualTo(-west.X).Within(1e-12));
            Assert.That(EqualEarth.Project(179.9, 10).X, Is.GreaterThan(0).And.LessThan(east.X));
            Assert.That(EqualEarth.Project(-179.9, 10).X, Is.LessThan(0).And.GreaterThan(west.X));
        });
    }

    [Test]
    public void Equal_Earth_with_a_central_meridian_measures_longitude_from_it()
    {
        var centred = new EqualEarthProjection(15);
        Assert.Multiple(() =>
        {
            Assert.That(centred.Project(15, 0).X, Is.EqualTo(0).Within(1e-12));
            Assert.That(centred.Project(45, 30).X, Is.EqualTo(EqualEarth.Project(30, 30).X).Within(1e-12));
            Assert.That(centred.Project(-160, 0).X, Is.EqualTo(EqualEarth.Project(185 - 360, 0).X).Within(1e-12), "wraps past the antimeridian");
        });
    }

    [Test]
    public void Lambert_azimuthal_maps_its_centre_to_the_origin()
    {
        var (x, y) = new LambertAzimuthalEqualAreaProjection(10, 52).Project(10, 52);
        Assert.Multiple(() =>
        {
            Assert.That(x, Is.EqualTo(0).Within(1e-12));
            Assert.That(y, Is.EqualTo(0).Within(1e-12));
        });
    }

    [Test]
    public void Lambert_azimuthal_puts_a_point_10_degrees_north_at_the_chord_distance()
    {
        // ρ = 2·sin(c/2) for an angular distance c from the centre; north of the centre is up (y > 0).
        var (x, y) = new LambertAzimuthalEqualAreaProjection(10, 52).Project(10, 62);
        Assert.Multiple(() =>
        {
            Assert.That(x, Is.EqualTo(0).Within(1e-12));
            Assert.That(y, Is.EqualTo(2 * Math.Sin(5 * Rad)).Within(1e-9));
        });
    }

    [Test]
    public void Lambert_azimuthal_puts_a_point_90_degrees_away_at_root_two()
    {
        var projection = new LambertAzimuthalEqualAreaProjection(0, 0);
        var (x, y) = projection.Project(90, 0);
        var (xn, yn) = projection.Project(0, 90);
        Assert.Multiple(() =>
        {
            Assert.That(Math.Sqrt((x * x) + (y * y)), Is.EqualTo(Math.Sqrt(2)).Within(1e-9));
            Assert.That(x, Is.GreaterThan(0), "east is to the right");
            Assert.That(Math.Sqrt((xn * xn) + (yn * yn)), Is.EqualTo(Math.Sqrt(2)).Within(1e-9));
            Assert.That(yn, Is.GreaterThan(0), "north is up");
        });
    }

    [Test]
    public void Lambert_azimuthal_keeps_the_chord_distance_in_every_direction()
    {
        var projection = new LambertAzimuthalEqualAreaProjection(10, 52);
        foreach (var (lon, lat) in new[] { (25.0, 60.0), (-5.0, 40.0), (10.0, 30.0), (140.0, 35.0) })
        {
            var (x, y) = projection.Project(lon, lat);
            var c = Math.Acos((Math.Sin(52 * Rad) * Math.Sin(lat * Rad)) + (Math.Cos(52 * Rad) * Math.Cos(lat * Rad) * Math.Cos((lon - 10) * Rad)));
            Assert.That(Math.Sqrt((x * x) + (y * y)), Is.EqualTo(2 * Math.Sin(c / 2)).Within(1e-9), $"({lon}, {lat})");
        }
    }

    [Test]
    public void Lambert_azimuthal_keeps_areas()
    {
        var projection = new LambertAzimuthalEqualAreaProjection(10, 52);
        foreach (var (lon, lat) in new[] { (10.0, 52.0), (20.0, 60.0), (-5.0, 38.0) })
        {
            var sphere = Rad * (Math.Sin((lat + 1) * Rad) - Math.Sin(lat * Rad));
            Assert.That(CellArea(projection, lon, lat), Is.EqualTo(sphere).Within(0.5).Percent, $"cell at ({lon}, {lat})");
        }
    }

    /// <summary>The projected area of the 1°×1° cell whose south-west corner is (lon, lat), edges sampled finely.</summary>
    private static double CellArea(Portal.Maps.Projections.IProjection projection, double lon, double lat)
    {
        const int n = 20;
        var ring = new List<(double X, double Y)>();
        for (var i = 0; i < n; i++)
        {
            ring.Add(projection.Project(lon + ((double)i / n), lat));
        }

        for (var i = 0; i < n; i++)
        {
            ring.Add(projection.Project(lon + 1, lat + ((double)i / n)));
        }

        for (var i = 0; i < n; i++)
        {
            ring.Add(projection.Project(lon + 1 - ((double)i / n), lat + 1));
        }

        for (var i = 0; i < n; i++)
        {
            ring.Add(projection.Project(lon, lat + 1 - ((double)i / n)));
        }

        var area = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (x1, y1) = ring[i];
            var (x2, y2) = ring[(i + 1) % ring.Count];
            area += (x1 * y2) - (x2 * y1);
        }

        return Math.Abs(area) / 2;
    }
}
