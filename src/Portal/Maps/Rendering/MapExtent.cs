using NetTopologySuite.Geometries;

namespace Portal.Maps.Rendering;

/// <summary>Chooses what part of the world a map shows.</summary>
public static class MapExtent
{
    /// <summary>The inhabited world: Antarctica and the far Arctic sea add nothing to a map of partners.</summary>
    public static readonly Envelope World = new(-180, 180, -56, 84);

    /// <summary>The envelope of some points, in degrees (x longitude, y latitude); null-envelope when there are none.</summary>
    public static Envelope EnvelopeOf(IEnumerable<GeoPoint> points)
    {
        var envelope = new Envelope();
        foreach (var point in points)
        {
            envelope.ExpandToInclude(point.Longitude, point.Latitude);
        }

        return envelope;
    }

    /// <summary>The points' envelope, padded and never smaller than <paramref name="minimumSpan"/> degrees, so one town still has context.</summary>
    public static Envelope AroundPoints(Envelope points, double minimumSpan = 8)
    {
        var envelope = new Envelope(points);
        if (envelope.IsNull)
        {
            return World;
        }

        var padLon = Math.Max(envelope.Width * 0.15, (minimumSpan * 1.6 - envelope.Width) / 2);
        var padLat = Math.Max(envelope.Height * 0.15, (minimumSpan - envelope.Height) / 2);
        envelope.ExpandBy(Math.Max(padLon, 0.5), Math.Max(padLat, 0.5));
        return Clamp(Snap(envelope));
    }

    /// <summary>
    /// Rounds an extent outwards to a grid (whole degrees for a region, five for a continent), so that maps of
    /// similar places share one frame and one base layer instead of each drawing its own.
    /// </summary>
    public static Envelope Snap(Envelope envelope)
    {
        var step = Math.Max(envelope.Width, envelope.Height) > 20 ? 5.0 : 1.0;
        return new Envelope(
            Math.Floor(envelope.MinX / step) * step,
            Math.Ceiling(envelope.MaxX / step) * step,
            Math.Floor(envelope.MinY / step) * step,
            Math.Ceiling(envelope.MaxY / step) * step);
    }

    /// <summary>
    /// A country's main territory: its largest part and the parts of at least a tenth of that size, so France
    /// is shown as France and not stretched to French Guiana. Points given are kept in view.
    /// </summary>
    public static Envelope AroundCountry(Geometry boundary, Envelope points) => AroundCountry(MainParts(boundary), points);

    /// <inheritdoc cref="AroundCountry(Geometry, Envelope)"/>
    /// <param name="mainParts">The country's <see cref="MainParts"/>, which a site's maps of one country share.</param>
    public static Envelope AroundCountry(Envelope mainParts, Envelope points)
    {
        var envelope = new Envelope(mainParts);
        if (!points.IsNull)
        {
            envelope.ExpandToInclude(points);
        }

        envelope.ExpandBy(Math.Max(envelope.Width * 0.12, 0.6), Math.Max(envelope.Height * 0.12, 0.4));
        return Clamp(envelope);
    }

    /// <summary>The envelope of a country's parts that are at least a tenth of its largest: not its far islands.</summary>
    public static Envelope MainParts(Geometry boundary)
    {
        var parts = Enumerable.Range(0, boundary.NumGeometries).Select(boundary.GetGeometryN).ToList();
        var largest = parts.Max(p => p.Area);
        var envelope = new Envelope();
        foreach (var part in parts.Where(p => p.Area >= largest / 10))
        {
            envelope.ExpandToInclude(part.EnvelopeInternal);
        }

        return envelope;
    }

    private static Envelope Clamp(Envelope envelope) =>
        new(Math.Max(envelope.MinX, -180), Math.Min(envelope.MaxX, 180), Math.Max(envelope.MinY, -85), Math.Min(envelope.MaxY, 85));
}
