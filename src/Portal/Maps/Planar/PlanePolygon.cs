using NetTopologySuite.Geometries;

namespace Portal.Maps.Planar;

/// <summary>A polygon as arrays of plain points: its shell and its holes, each ring closed.</summary>
public sealed class PlanePolygon
{
    public PlanePolygon(PlanePoint[] shell, IReadOnlyList<PlanePoint[]> holes)
    {
        Shell = shell;
        Holes = holes;
        Envelope = EnvelopeOf(shell);
    }

    public PlanePoint[] Shell { get; }

    public IReadOnlyList<PlanePoint[]> Holes { get; }

    /// <summary>The shell's envelope, which as in NTS stands for the polygon's. Shared: not to be changed.</summary>
    public Envelope Envelope { get; }

    /// <summary>Fills <paramref name="points"/> with the points of an NTS line or ring.</summary>
    public static void Read(LineString line, PointBuffer points)
    {
        var sequence = line.CoordinateSequence;
        points.Clear();
        for (var i = 0; i < sequence.Count; i++)
        {
            points.Add(new PlanePoint(sequence.GetX(i), sequence.GetY(i)));
        }
    }

    /// <summary>The envelope of some points, grown as NTS grows a geometry's, so the two agree.</summary>
    public static Envelope EnvelopeOf(ReadOnlySpan<PlanePoint> points)
    {
        var envelope = new Envelope();
        foreach (var point in points)
        {
            envelope.ExpandToInclude(point.X, point.Y);
        }

        return envelope;
    }
}
