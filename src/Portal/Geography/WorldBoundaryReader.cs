using System.Buffers.Binary;
using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Portal.Geography;

/// <summary>Reads countries' boundaries written by <see cref="WorldBoundaryWriter"/>, which describes the form.</summary>
public static class WorldBoundaryReader
{
    /// <summary>The countries, their boundaries made by a factory for SRID 4326 (WGS 84 longitude/latitude).</summary>
    /// <exception cref="InvalidDataException">The bytes are not boundaries in that form, or are cut short.</exception>
    public static WorldCountries Read(ReadOnlySpan<byte> data)
    {
        var reader = new Reader(data);
        if (!reader.Bytes(WorldBoundaryWriter.Magic.Length).SequenceEqual(WorldBoundaryWriter.Magic))
        {
            throw new InvalidDataException("not a file of world boundaries (PWB1)");
        }

        var grid = new TopologyTransform(reader.Double(), reader.Double(), reader.Double(), reader.Double());
        var factory = NtsGeometryServices.Instance.CreateGeometryFactory(TopologyDecoder.Wgs84Srid);
        var countryCount = reader.Count();
        var envelopes = new List<(string Alpha2, Envelope Envelope)>();
        var boundaries = new Dictionary<string, Geometry>(countryCount, StringComparer.Ordinal);
        for (var c = 0; c < countryCount; c++)
        {
            var letters = reader.Bytes(2);
            var alpha2 = string.Create(2, (letters[0], letters[1]), static (span, pair) => (span[0], span[1]) = ((char)pair.Item1, (char)pair.Item2));
            var envelopeCount = reader.Count();
            for (var e = 0; e < envelopeCount; e++)
            {
                envelopes.Add((alpha2, new Envelope(reader.Double(), reader.Double(), reader.Double(), reader.Double())));
            }

            var isMulti = reader.Count() switch
            {
                0 => false,
                1 => true,
                var kind => throw new InvalidDataException($"the boundary of {alpha2} is of kind {kind}, which is neither a polygon (0) nor a multipolygon (1)"),
            };
            var polygons = new Polygon[reader.Count()];
            for (var p = 0; p < polygons.Length; p++)
            {
                var rings = new LinearRing[reader.Count()];
                for (var r = 0; r < rings.Length; r++)
                {
                    rings[r] = factory.CreateLinearRing(reader.Ring(grid));
                }

                polygons[p] = factory.CreatePolygon(rings[0], rings[1..]);
            }

            boundaries[alpha2] = isMulti ? factory.CreateMultiPolygon(polygons) : polygons.Single();
        }

        return reader.AtEnd
            ? WorldCountries.FromBoundaries(envelopes, boundaries)
            : throw new InvalidDataException("the file of world boundaries goes on after its last country");
    }

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _at;

        public readonly bool AtEnd => _at == _data.Length;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count > _data.Length - _at)
            {
                throw new InvalidDataException("the file of world boundaries is cut short");
            }

            var bytes = _data.Slice(_at, count);
            _at += count;
            return bytes;
        }

        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Bytes(8));

        public int Count() => checked((int)Unsigned());

        public Coordinate[] Ring(TopologyTransform grid)
        {
            var coordinates = new Coordinate[Count()];
            long qx = 0, qy = 0;
            for (var i = 0; i < coordinates.Length; i++)
            {
                var head = Unsigned();
                if ((head & 1) == 1)
                {
                    coordinates[i] = new Coordinate(Double(), Double());
                    continue;
                }

                qx += ZagZig(head >> 1);
                qy += ZagZig(Unsigned());
                // The same arithmetic as decoding the topology, so the same doubles.
                coordinates[i] = new Coordinate((qx * grid.ScaleX) + grid.TranslateX, (qy * grid.ScaleY) + grid.TranslateY);
            }

            return coordinates;
        }

        private ulong Unsigned()
        {
            ulong value = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                var next = Bytes(1)[0];
                value |= (ulong)(next & 0x7F) << shift;
                if (next < 0x80)
                {
                    return value;
                }
            }

            throw new InvalidDataException("the file of world boundaries holds a number too long to read");
        }

        private static long ZagZig(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
    }
}
