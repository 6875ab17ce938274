namespace Portal.Geography;

/// <summary>
/// A TopoJSON topology as written in the file: the quantization transform (if any), the shared arcs and the named
/// objects, each object flattened to its polygonal geometries. Nothing is decoded yet; see <see cref="TopologyDecoder"/>.
/// </summary>
/// <param name="Transform">The quantization transform, or <c>null</c> when positions are absolute.</param>
/// <param name="Arcs">
/// Each arc's positions. When <paramref name="Transform"/> is set they are quantized and delta-encoded (the first
/// position is absolute, every later one is the difference from the one before); otherwise they are absolute.
/// </param>
/// <param name="Objects">Each named object's geometries; a GeometryCollection is flattened to its members.</param>
public sealed record Topology(
    TopologyTransform? Transform,
    IReadOnlyList<IReadOnlyList<TopologyPosition>> Arcs,
    IReadOnlyDictionary<string, IReadOnlyList<TopologyGeometry>> Objects);
