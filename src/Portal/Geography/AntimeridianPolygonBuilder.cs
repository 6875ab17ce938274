using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Portal.Geography;

/// <summary>
/// Builds planar longitude/latitude polygons from the rings of a polygon on the sphere, which may cross the
/// antimeridian or go round a pole (as world-atlas's stitched Natural Earth data does for Russia, Fiji and
/// Antarctica). A crossing ring is unwrapped into continuous longitudes and cut into pieces within −180…180; a ring
/// round a pole is opened where it crosses ±180° and closed through the pole. Rings that cross nothing make a plain
/// polygon, without any overlay operation.
/// </summary>
public sealed class AntimeridianPolygonBuilder
{
    private const double HalfTurn = 180;
    private const double FullTurn = 360;

    private readonly GeometryFactory _factory;

    public AntimeridianPolygonBuilder(GeometryFactory factory) => _factory = factory;

    /// <summary>
    /// The polygon with exterior ring <c>rings[0]</c> and holes <c>rings[1..]</c> (each closed), as polygons within
    /// longitudes −180…180; empty when the exterior ring has fewer than four positions.
    /// </summary>
    public IReadOnlyList<Polygon> Build(IReadOnlyList<Coordinate[]> rings)
    {
        if (rings.Count == 0 || rings[0].Length < 4)
        {
            return [];
        }

        var kept = rings.Where(ring => ring.Length >= 4).ToArray();
        if (!kept.Any(CrossesAntimeridian))
        {
            return [_factory.CreatePolygon(_factory.CreateLinearRing(kept[0]), kept.Skip(1).Select(_factory.CreateLinearRing).ToArray())];
        }

        var unwrapped = kept.Select(Unwrap).ToArray();
        var area = unwrapped.Any(ring => ring.Turns != 0) ? AreaRoundAPole(kept, unwrapped) : CutAtAntimeridian(PolygonOf(unwrapped));
        return PolygonExtracter.GetPolygons(area).Cast<Polygon>().ToArray();
    }

    private static bool CrossesAntimeridian(Coordinate[] ring)
    {
        for (var i = 1; i < ring.Length; i++)
        {
            if (Math.Abs(ring[i].X - ring[i - 1].X) > HalfTurn)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ring with longitudes made continuous (a step of more than 180° is taken the short way round, past
    /// ±180°), and how many full turns round the pole it makes (0 for a ring that does not enclose a pole).
    /// </summary>
    private static (Coordinate[] Ring, int Turns) Unwrap(Coordinate[] ring)
    {
        var unwrapped = new Coordinate[ring.Length];
        unwrapped[0] = ring[0].Copy();
        var offset = 0.0;
        for (var i = 1; i < ring.Length; i++)
        {
            offset += StepAcross(ring[i - 1].X, ring[i].X);
            unwrapped[i] = new Coordinate(ring[i].X + offset, ring[i].Y);
        }

        return (unwrapped, (int)Math.Round(offset / FullTurn));
    }

    /// <summary>What to add to longitudes after a step from <paramref name="from"/> to <paramref name="to"/> to keep them continuous.</summary>
    private static double StepAcross(double from, double to) =>
        to - from > HalfTurn ? -FullTurn : to - from < -HalfTurn ? FullTurn : 0;

    /// <summary>A polygon of unwrapped rings, each hole brought round to its shell, repaired if need be.</summary>
    private Geometry PolygonOf((Coordinate[] Ring, int Turns)[] unwrapped)
    {
        // Unwrapping starts at each ring's first position, which may lie on the far side of ±180°: bring the exterior
        // ring back round so that, when it fits, no cut is needed, and each hole round to the exterior ring.
        var shell = Shifted(unwrapped[0].Ring, -Math.Round(CentreOf(unwrapped[0].Ring) / FullTurn) * FullTurn);
        var shellCentre = CentreOf(shell);
        var holes = unwrapped.Skip(1)
            .Select(hole => Shifted(hole.Ring, Math.Round((shellCentre - CentreOf(hole.Ring)) / FullTurn) * FullTurn))
            .Select(_factory.CreateLinearRing)
            .ToArray();
        return GeometryRepair.MakeValid(_factory.CreatePolygon(_factory.CreateLinearRing(shell), holes));
    }

    /// <summary>
    /// The area of a polygon with a ring round a pole: a ring round the pole bounds the cap between it and the pole,
    /// and the polygon is what lies inside an odd number of rings. For Antarctica that is the coast's cap without the
    /// sliver round the pole at the topology's −89.999°.
    /// </summary>
    private Geometry AreaRoundAPole(Coordinate[][] rings, (Coordinate[] Ring, int Turns)[] unwrapped) =>
        rings.Zip(unwrapped, (ring, unwrappedRing) => unwrappedRing.Turns != 0
                ? CapOf(ring)
                : CutAtAntimeridian(GeometryRepair.MakeValid(_factory.CreatePolygon(Shifted(unwrappedRing.Ring, -Math.Round(CentreOf(unwrappedRing.Ring) / FullTurn) * FullTurn)))))
            .Select(GeometryRepair.MakeValid)
            .Aggregate((inside, next) => inside.SymmetricDifference(next));

    /// <summary>
    /// The cap between a ring that goes once round a pole and the pole: the ring is opened where it crosses ±180°,
    /// so that it runs from one edge of the map to the other, and closed along the edges through the pole.
    /// </summary>
    private Polygon CapOf(Coordinate[] ring)
    {
        var crossing = Enumerable.Range(0, ring.Length - 1).First(i => Math.Abs(ring[i + 1].X - ring[i].X) > HalfTurn);
        var before = ring[crossing];
        var after = ring[crossing + 1];
        // A step down in longitude (179 to −179) goes east across +180°; a step up goes west across −180°.
        var edge = after.X < before.X ? HalfTurn : -HalfTurn;
        var afterUnwrapped = after.X + (2 * edge);
        var latitude = afterUnwrapped == before.X
            ? before.Y
            : before.Y + ((edge - before.X) / (afterUnwrapped - before.X) * (after.Y - before.Y));

        // From the far edge, through every position after the crossing and round to the one before it, to the near edge.
        var opened = new List<Coordinate> { new(-edge, latitude) };
        opened.AddRange(ring.Skip(crossing + 1).Take(ring.Length - 1 - (crossing + 1)).Concat(ring.Take(crossing + 1)).Select(c => c.Copy()));
        opened.Add(new Coordinate(edge, latitude));
        var (continuous, _) = Unwrap(opened.ToArray());

        var pole = ring.Average(coordinate => coordinate.Y) < 0 ? -90.0 : 90.0;
        var closed = continuous
            .Append(new Coordinate(continuous[^1].X, pole))
            .Append(new Coordinate(continuous[0].X, pole))
            .Append(continuous[0].Copy())
            .ToArray();
        return _factory.CreatePolygon(closed);
    }

    private static double CentreOf(Coordinate[] ring) => (ring.Min(coordinate => coordinate.X) + ring.Max(coordinate => coordinate.X)) / 2;

    private static Coordinate[] Shifted(Coordinate[] ring, double shift) =>
        shift == 0 ? ring : ring.Select(coordinate => new Coordinate(coordinate.X + shift, coordinate.Y)).ToArray();

    /// <summary>The parts of an area lying beyond ±180°, brought round into −180…180.</summary>
    private Geometry CutAtAntimeridian(Geometry unwrapped)
    {
        var extent = unwrapped.EnvelopeInternal;
        if (extent.MinX >= -HalfTurn && extent.MaxX <= HalfTurn)
        {
            return unwrapped;
        }

        var pieces = new List<Geometry>();
        for (var turns = (int)Math.Floor((extent.MinX + HalfTurn) / FullTurn); (turns * FullTurn) - HalfTurn < extent.MaxX; turns++)
        {
            var window = _factory.ToGeometry(new Envelope(-HalfTurn + (turns * FullTurn), HalfTurn + (turns * FullTurn), -90, 90));
            var piece = unwrapped.Intersection(window);
            pieces.Add(turns == 0 ? piece : AffineTransformation.TranslationInstance(-turns * FullTurn, 0).Transform(piece));
        }

        return _factory.CreateMultiPolygon(pieces.SelectMany(PolygonExtracter.GetPolygons).Cast<Polygon>().ToArray());
    }
}
