using System.Buffers.Binary;
using NetTopologySuite.Geometries;

namespace Portal.Geography;

/// <summary>
/// Writes countries' decoded boundaries in the compact form <see cref="WorldBoundaryReader"/> reads back to the last
/// bit, so that a build loads the shipped world without parsing, stitching, cutting or merging anything.
/// </summary>
/// <remarks>
/// <para>
/// The form, little-endian: the magic <c>PWB1</c>; the quantization grid (scale x, scale y, translate x, translate y
/// as doubles); the number of countries; then per country, in code order: its two ASCII letters, the envelopes of
/// its polygons as decoded (count, then min x, max x, min y, max y each), its boundary's kind (0 a polygon, 1 a
/// multipolygon), and the boundary's polygons, each a count of rings and each ring a count of positions.
/// </para>
/// <para>
/// A position on the grid (almost all of them: <c>q × scale + translate</c> gives it exactly for a whole number q)
/// is written as the change in q from the ring's previous position, zigzag-encoded, its x shifted left by one; a
/// position off the grid (where a ring was cut at 180° or borders were merged) as the flag 1 and two raw doubles.
/// Counts are unsigned LEB128.
/// </para>
/// </remarks>
public static class WorldBoundaryWriter
{
    internal static ReadOnlySpan<byte> Magic => "PWB1"u8;

    public static void Write(WorldCountries countries, TopologyTransform grid, Stream output)
    {
        var writer = new Writer(output);
        writer.Bytes(Magic);
        writer.Double(grid.ScaleX);
        writer.Double(grid.ScaleY);
        writer.Double(grid.TranslateX);
        writer.Double(grid.TranslateY);
        var envelopes = countries.PolygonEnvelopes.ToLookup(polygon => polygon.Alpha2, polygon => polygon.Envelope, StringComparer.Ordinal);
        var codes = countries.Boundaries.Keys.Order(StringComparer.Ordinal).ToList();
        writer.Count(codes.Count);
        foreach (var alpha2 in codes)
        {
            writer.Bytes([(byte)alpha2[0], (byte)alpha2[1]]);
            writer.Count(envelopes[alpha2].Count());
            foreach (var envelope in envelopes[alpha2])
            {
                writer.Double(envelope.MinX);
                writer.Double(envelope.MaxX);
                writer.Double(envelope.MinY);
                writer.Double(envelope.MaxY);
            }

            var boundary = countries.Boundaries[alpha2];
            var polygons = boundary switch
            {
                Polygon polygon => [polygon],
                MultiPolygon multi => multi.Geometries.Cast<Polygon>().ToArray(),
                _ => throw new ArgumentException($"the boundary of {alpha2} is a {boundary.GeometryType}, not a polygon or multipolygon", nameof(countries)),
            };
            writer.Count(boundary is Polygon ? 0 : 1);
            writer.Count(polygons.Length);
            foreach (var polygon in polygons)
            {
                writer.Count(1 + polygon.NumInteriorRings);
                writer.Ring(polygon.ExteriorRing, grid);
                foreach (var hole in polygon.InteriorRings)
                {
                    writer.Ring(hole, grid);
                }
            }
        }
    }

    private sealed class Writer(Stream output)
    {
        private readonly byte[] _buffer = new byte[sizeof(double)];

        public void Bytes(ReadOnlySpan<byte> bytes) => output.Write(bytes);

        public void Double(double value)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(_buffer, value);
            output.Write(_buffer);
        }

        public void Count(long value)
        {
            var unsigned = (ulong)value;
            while (unsigned >= 0x80)
            {
                output.WriteByte((byte)(unsigned | 0x80));
                unsigned >>= 7;
            }

            output.WriteByte((byte)unsigned);
        }

        public void Ring(LineString ring, TopologyTransform grid)
        {
            var coordinates = ring.Coordinates;
            Count(coordinates.Length);
            long previousX = 0, previousY = 0;
            foreach (var coordinate in coordinates)
            {
                if (OnGrid(coordinate.X, grid.ScaleX, grid.TranslateX) is { } qx && OnGrid(coordinate.Y, grid.ScaleY, grid.TranslateY) is { } qy)
                {
                    Count(ZigZag(qx - previousX) << 1);
                    Count(ZigZag(qy - previousY));
                    (previousX, previousY) = (qx, qy);
                }
                else
                {
                    Count(1);
                    Double(coordinate.X);
                    Double(coordinate.Y);
                }
            }
        }

        /// <summary>The whole number q for which <c>q × scale + translate</c> is the value to the bit, if there is one.</summary>
        private static long? OnGrid(double value, double scale, double translate)
        {
            var q = Math.Round((value - translate) / scale);
            return Math.Abs(q) < 1L << 40 && BitConverter.DoubleToInt64Bits((q * scale) + translate) == BitConverter.DoubleToInt64Bits(value)
                ? (long)q
                : null;
        }

        private static long ZigZag(long value) => (value << 1) ^ (value >> 63);
    }
}
