using System.Collections.Concurrent;
using NetTopologySuite.Geometries;

namespace Portal.Maps.Rendering;

/// <summary>The part of a map that does not depend on its markers: the frame and the countries drawn in it.</summary>
public sealed class BaseLayer(MapFrame frame, Envelope extent, IReadOnlyList<ProjectedShape> shapes)
{
    private readonly ConcurrentDictionary<string, string> _drawings = new(StringComparer.Ordinal);

    public MapFrame Frame => frame;

    public Envelope Extent => extent;

    public IReadOnlyList<ProjectedShape> Shapes => shapes;

    /// <summary>What the countries weigh in the page, in bytes: the rest of the map's budget is for its marks.</summary>
    public int Bytes { get; } = shapes.Sum(s => s.PathData.Length + 40);

    /// <summary>
    /// The sea and the countries as SVG markup, <paramref name="focus"/> (a country's code, if any) drawn apart.
    /// Written once for each focus and shared: the countries are most of a map's bytes, and every map of a country
    /// (its page's, and each of its relationships') draws the same ones.
    /// </summary>
    public string Drawing(string? focus) =>
        _drawings.GetOrAdd(focus ?? string.Empty, static (_, state) => MapSvgWriter.Background(state.Layer, state.Focus), (Layer: this, Focus: focus));
}
