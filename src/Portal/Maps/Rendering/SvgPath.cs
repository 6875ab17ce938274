using System.Globalization;
using System.Text;
using Portal.Maps.Planar;

namespace Portal.Maps.Rendering;

/// <summary>Writes rings and lines as compact SVG path data, coordinates rounded to a tenth of a pixel.</summary>
public static class SvgPath
{
    /// <summary>Room for any point's text: "0.#" writes a double in at most 311 characters (309 digits, a sign, a tenth).</summary>
    private const int PointChars = 640;

    public static string Line(ReadOnlySpan<PlanePoint> points)
    {
        var builder = new StringBuilder();
        AppendRing(builder, points, close: false);
        return builder.ToString();
    }

    /// <summary>
    /// Appends the points as one subpath, leaving out a point written the same as the one before (they fall on the same
    /// tenth of a pixel); a closed ring's repeated start is left to the closing <c>Z</c>. Fewer than two points write nothing.
    /// </summary>
    public static void AppendRing(StringBuilder builder, ReadOnlySpan<PlanePoint> points, bool close)
    {
        var count = close && points.Length > 1 && points[0].Equals2D(points[^1]) ? points.Length - 1 : points.Length;
        if (count < 2)
        {
            return;
        }

        // Points are compared as written, not as numbers: 0 and -0 are written differently.
        Span<char> previous = stackalloc char[PointChars];
        Span<char> current = stackalloc char[PointChars];
        var previousLength = -1;
        for (var i = 0; i < count; i++)
        {
            var length = Format(points[i], current);
            if (length == previousLength && current[..length].SequenceEqual(previous[..previousLength]))
            {
                continue;
            }

            builder.Append(previousLength < 0 ? 'M' : ' ').Append(current[..length]);
            current[..length].CopyTo(previous);
            previousLength = length;
        }

        if (close)
        {
            builder.Append('Z');
        }
    }

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Writes the point as <see cref="Number"/> writes each ordinate, joined by a comma, without a string; returns its length.</summary>
    private static int Format(PlanePoint point, Span<char> destination)
    {
        var x = Format(point.X, destination);
        destination[x] = ',';
        return x + 1 + Format(point.Y, destination[(x + 1)..]);
    }

    /// <summary>Writes the value as <see cref="Number"/> does; returns its length.</summary>
    /// <remarks>
    /// As a whole number of tenths, which is quicker than a custom format: below a billion, the tenths are exact in a
    /// double and are the digits "0.#" writes. Rounding to -0 gives "-0", as "0.#" writes it.
    /// </remarks>
    private static int Format(double value, Span<char> destination)
    {
        var rounded = Math.Round(value, 1);
        if (!(Math.Abs(rounded) < 1e9))
        {
            return rounded.TryFormat(destination, out var formatted, "0.#", CultureInfo.InvariantCulture)
                ? formatted
                : throw new InvalidOperationException($"{value} does not fit in {destination.Length} characters");
        }

        var tenths = (long)Math.Round(Math.Abs(rounded) * 10);
        var length = 0;
        if (double.IsNegative(rounded))
        {
            destination[length++] = '-';
        }

        (tenths / 10).TryFormat(destination[length..], out var written, provider: CultureInfo.InvariantCulture);
        length += written;
        if (tenths % 10 != 0)
        {
            destination[length++] = '.';
            destination[length++] = (char)('0' + (tenths % 10));
        }

        return length;
    }
}
