using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace Portal.Maps.Rendering;

/// <summary>Writes polygons and lines as compact SVG path data, coordinates rounded to a tenth of a pixel.</summary>
public static class SvgPath
{
    public static string From(Geometry geometry, double minimumArea = 0)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            switch (geometry.GetGeometryN(i))
            {
                case Polygon polygon when polygon.Area >= minimumArea:
                    AppendRing(builder, polygon.ExteriorRing.Coordinates, close: true);
                    foreach (var hole in polygon.InteriorRings)
                    {
                        AppendRing(builder, hole.Coordinates, close: true);
                    }

                    break;
                case LineString line:
                    AppendRing(builder, line.Coordinates, close: false);
                    break;
            }
        }

        return builder.ToString();
    }

    public static string Line(IEnumerable<Coordinate> points)
    {
        var builder = new StringBuilder();
        AppendRing(builder, points.ToArray(), close: false);
        return builder.ToString();
    }

    private static void AppendRing(StringBuilder builder, Coordinate[] points, bool close)
    {
        var count = close && points.Length > 1 && points[0].Equals2D(points[^1]) ? points.Length - 1 : points.Length;
        if (count < 2)
        {
            return;
        }

        string? previous = null;
        for (var i = 0; i < count; i++)
        {
            var point = $"{Number(points[i].X)},{Number(points[i].Y)}";
            if (point == previous)
            {
                continue;
            }

            builder.Append(previous is null ? 'M' : ' ').Append(point);
            previous = point;
        }

        if (close)
        {
            builder.Append('Z');
        }
    }

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
