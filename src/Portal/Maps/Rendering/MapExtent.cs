using NetTopologySuite.Geometries;
using Portal.Model;

namespace Portal.Maps.Rendering;

/// <summary>Chooses what part of the world a map shows.</summary>
public static class MapExtent
{
    /// <summary>The inhabited world: Antarctica and the far Arctic sea add nothing to a map of partners.</summary>
    public static readonly Envelope World = new(-180, 180, -56, 84);

    /// <summary>The points' envelope, padded and never smaller than <paramref name="minimumSpan"/> degrees, so one town still has context.</summary>
    public static Envelope AroundPoints(IEnumerable<GeoPoint> points, double minimumSpan = 8)
    {
        var envelope = new Envelope();
        foreach (var point in points)
        {
            envelope.ExpandToInclude(point.Longitude, point.Latitude);
        }

        if (envelope.IsNull)
        {
            return World;
        }

        var padLon = Math.Max(envelope.Width * 0.15, (minimumSpan * 1.6 - envelope.Width) / 2);
        var padLat = Math.Max(envelope.Height * 0.15, (minimumSpan - envelope.Height) / 2);
        envelope.ExpandBy(Math.Max(padLon, 0.5), Math.Max(padLat, 0.5));
        return Clamp(envelope);
    }

    /// <summary>
    /// A country's main territory: its largest part and the parts of at least a tenth of that size, so France
    /// is shown as France and not stretched to French Guiana. Points given are kept in view.
    /// </summary>
    public static Envelope AroundCountry(Geometry boundary, IEnumerable<GeoPoint> points)
    {
        var parts = Enumerable.Range(0, boundary.NumGeometries).Select(boundary.GetGeometryN).ToList();
        var largest = parts.Max(p => p.Area);
        var envelope = new Envelope();
        foreach (var part in parts.Where(p => p.Area >= largest / 10))
        {
            envelope.ExpandToInclude(part.EnvelopeInternal);
        }

        foreach (var point in points)
        {
            envelope.ExpandToInclude(point.Longitude, point.Latitude);
        }

        envelope.ExpandBy(Math.Max(envelope.Width * 0.12, 0.6), Math.Max(envelope.Height * 0.12, 0.4));
        return Clamp(envelope);
    }

    private static Envelope Clamp(Envelope envelope) =>
        new(Math.Max(envelope.MinX, -180), Math.Min(envelope.MaxX, 180), Math.Max(envelope.MinY, -85), Math.Min(envelope.MaxY, 85));
}
