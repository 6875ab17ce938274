using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Portal.Geography;

/// <summary>
/// Turns the geometries of a <see cref="Topology"/> into NetTopologySuite geometries (x = longitude, y = latitude):
/// arcs are delta-decoded and transformed once, rings are stitched from them (a reversed index <c>~i</c> follows arc
/// <c>i</c> backwards, the position shared by consecutive arcs is kept once) and closed, polygons that cross the
/// antimeridian or go round a pole are cut at ±180° (<see cref="AntimeridianPolygonBuilder"/>), and a result that is
/// not valid is repaired (<see cref="GeometryRepair"/>). Rings that collapsed to fewer than four positions are dropped.
/// </summary>
public sealed class TopologyDecoder
{
    /// <summary>The spatial reference of longitude/latitude on WGS 84.</summary>
    public const int Wgs84Srid = 4326;

    private readonly Coordinate[][] _arcs;
    private readonly GeometryFactory _factory;
    private readonly AntimeridianPolygonBuilder _polygonBuilder;

    /// <summary>Decodes into geometries made by <paramref name="factory"/>.</summary>
    public TopologyDecoder(Topology topology, GeometryFactory factory)
    {
        _factory = factory;
        _polygonBuilder = new AntimeridianPolygonBuilder(factory);
        _arcs = topology.Arcs.Select(arc => DecodeArc(arc, topology.Transform)).ToArray();
    }

    /// <summary>Decodes into geometries with SRID 4326 (WGS 84 longitude/latitude).</summary>
    public TopologyDecoder(Topology topology)
        : this(topology, NtsGeometryServices.Instance.CreateGeometryFactory(Wgs84Srid))
    {
    }

    /// <summary>
    /// The geometry's polygons as a valid <see cref="Polygon"/> or <see cref="MultiPolygon"/> (cutting at the
    /// antimeridian or repair may turn one into the other); empty when every ring collapsed.
    /// </summary>
    /// <exception cref="InvalidDataException">A ring follows an arc the topology does not have.</exception>
    public Geometry Decode(TopologyGeometry geometry) => GeometryRepair.MakeValid(DecodeUnchecked(geometry));

    /// <summary>
    /// The geometry's polygons as stitched and cut at the antimeridian, not yet checked for validity: checking is
    /// most of the cost of decoding, so a caller that needs only some geometries can check those alone with
    /// <see cref="GeometryRepair.MakeValid"/>.
    /// </summary>
    internal Geometry DecodeUnchecked(TopologyGeometry geometry)
    {
        var polygons = geometry.Polygons
            .SelectMany(polygon => _polygonBuilder.Build(polygon.Rings.Select(DecodeRing).ToArray()))
            .ToArray();
        return geometry.Type == TopologyGeometryType.Polygon && polygons.Length == 1
            ? polygons[0]
            : _factory.CreateMultiPolygon(polygons);
    }

    /// <summary>The ring's positions, closed; fewer than four when it collapsed.</summary>
    private Coordinate[] DecodeRing(TopologyRing ring)
    {
        var coordinates = new List<Coordinate>();
        foreach (var index in ring.ArcIndexes)
        {
            var arcIndex = index >= 0 ? index : ~index;
            if (arcIndex >= _arcs.Length)
            {
                throw new InvalidDataException($"a ring follows arc {index}, but the topology has {_arcs.Length} arcs");
            }

            IEnumerable<Coordinate> arc = index >= 0 ? _arcs[arcIndex] : Enumerable.Reverse(_arcs[arcIndex]);
            // Consecutive arcs share a position: the end of one is the start of the next.
            // Coordinates are copied, as geometries must not share mutable coordinates.
            coordinates.AddRange((coordinates.Count == 0 ? arc : arc.Skip(1)).Select(coordinate => coordinate.Copy()));
        }

        if (coordinates.Count > 0 && !coordinates[0].Equals2D(coordinates[^1]))
        {
            coordinates.Add(coordinates[0].Copy());
        }

        return coordinates.ToArray();
    }

    private static Coordinate[] DecodeArc(IReadOnlyList<TopologyPosition> arc, TopologyTransform? transform)
    {
        var coordinates = new Coordinate[arc.Count];
        if (transform is null)
        {
            for (var i = 0; i < arc.Count; i++)
            {
                coordinates[i] = new Coordinate(arc[i].X, arc[i].Y);
            }

            return coordinates;
        }

        double x = 0, y = 0;
        for (var i = 0; i < arc.Count; i++)
        {
            x += arc[i].X;
            y += arc[i].Y;
            coordinates[i] = new Coordinate((x * transform.ScaleX) + transform.TranslateX, (y * transform.ScaleY) + transform.TranslateY);
        }

        return coordinates;
    }
}
