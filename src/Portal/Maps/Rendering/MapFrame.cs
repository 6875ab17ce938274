using NetTopologySuite.Geometries;
using Portal.Maps.Planar;
using Portal.Maps.Projections;

namespace Portal.Maps.Rendering;

/// <summary>
/// A projection and the affine step from projected coordinates to the SVG's pixels (y down): everything needed
/// to place a longitude and latitude on a map of a given width.
/// </summary>
public sealed class MapFrame
{
    private readonly double _scale;
    private readonly double _offsetX;
    private readonly double _offsetY;

    private MapFrame(IProjection projection, Envelope projected, int width, int height)
    {
        Projection = projection;
        Width = width;
        Height = height;
        _scale = Math.Min(width / projected.Width, height / projected.Height);
        _offsetX = (width - (projected.Width * _scale)) / 2 - (projected.MinX * _scale);
        _offsetY = (height - (projected.Height * _scale)) / 2 + (projected.MaxY * _scale);
    }

    public IProjection Projection { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The viewport in pixels, a little larger so strokes at the edge are not cut.</summary>
    public Envelope Viewport => new(-4, Width + 4, -4, Height + 4);

    /// <summary>How many pixels a degree of latitude spans at the middle of <paramref name="extent"/>: the scale detail is judged by.</summary>
    public double PixelsPerDegree(Envelope extent)
    {
        var lon = (extent.MinX + extent.MaxX) / 2;
        var lat = Math.Clamp((extent.MinY + extent.MaxY) / 2, -85, 84);
        return Math.Max(ToPixel(lon, lat).Distance(ToPixel(lon, lat + 1)), 1e-3);
    }

    public Coordinate ToPixel(double longitude, double latitude)
    {
        var pixel = PixelAt(longitude, latitude);
        return new Coordinate(pixel.X, pixel.Y);
    }

    /// <summary>Where a longitude and latitude fall on the map, in pixels.</summary>
    public PlanePoint PixelAt(double longitude, double latitude)
    {
        var (x, y) = Projection.Project(longitude, latitude);
        return new PlanePoint((x * _scale) + _offsetX, _offsetY - (y * _scale));
    }

    /// <summary>Fills <paramref name="pixels"/> with <paramref name="degrees"/> (x longitude, y latitude) placed on the map.</summary>
    public void ToPixels(ReadOnlySpan<PlanePoint> degrees, PointBuffer pixels)
    {
        pixels.Clear();
        foreach (var point in degrees)
        {
            pixels.Add(PixelAt(point.X, point.Y));
        }
    }

    /// <summary>
    /// Fits an extent (in degrees) into a map <paramref name="width"/> pixels wide, choosing the projection: Lambert
    /// azimuthal equal-area centred on the extent for a region, Equal Earth when the extent spans most of the globe.
    /// </summary>
    public static MapFrame Fit(Envelope extent, int width, bool world = false)
    {
        var centerLon = (extent.MinX + extent.MaxX) / 2;
        var centerLat = (extent.MinY + extent.MaxY) / 2;
        IProjection projection = world || extent.Width > 140 || extent.Height > 90
            ? new EqualEarthProjection(world ? 0 : centerLon)
            : new LambertAzimuthalEqualAreaProjection(centerLon, centerLat);

        var projected = new Envelope();
        const int steps = 24;
        for (var i = 0; i <= steps; i++)
        {
            var t = (double)i / steps;
            var lon = extent.MinX + (t * extent.Width);
            var lat = extent.MinY + (t * extent.Height);
            foreach (var (x, y) in new[]
            {
                projection.Project(lon, extent.MinY), projection.Project(lon, extent.MaxY),
                projection.Project(extent.MinX, lat), projection.Project(extent.MaxX, lat),
            })
            {
                projected.ExpandToInclude(x, y);
            }
        }

        // Keep the map between a wide and a tall rectangle; the extent is centred in what it does not fill.
        var aspect = Math.Clamp(projected.Height / projected.Width, 0.45, 1.0);
        var height = (int)Math.Round(width * aspect);
        return new MapFrame(projection, projected, width, height);
    }
}
