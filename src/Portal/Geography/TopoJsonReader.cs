using System.Globalization;
using System.Text.Json;

namespace Portal.Geography;

/// <summary>
/// Reads a TopoJSON topology (https://github.com/topojson/topojson-specification) into a <see cref="Topology"/>:
/// the transform, the arcs as written, and each object's Polygon and MultiPolygon geometries with their <c>id</c>
/// and <c>properties.name</c>. It reads only; decoding arcs into coordinates is <see cref="TopologyDecoder"/>'s job.
/// </summary>
public static class TopoJsonReader
{
    /// <exception cref="JsonException">The text is not JSON, or not a topology of polygonal geometries.</exception>
    public static Topology Read(Stream utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        return ReadTopology(document.RootElement);
    }

    /// <exception cref="JsonException">The text is not JSON, or not a topology of polygonal geometries.</exception>
    public static Topology Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ReadTopology(document.RootElement);
    }

    private static Topology ReadTopology(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || !type.ValueEquals("Topology"))
        {
            throw new JsonException("a TopoJSON file must be an object with \"type\": \"Topology\"");
        }

        var transform = root.TryGetProperty("transform", out var transformElement) ? ReadTransform(transformElement) : null;
        var arcs = Required(root, "arcs", JsonValueKind.Array).EnumerateArray().Select(ReadArc).ToArray();
        var objects = new Dictionary<string, IReadOnlyList<TopologyGeometry>>(StringComparer.Ordinal);
        foreach (var entry in Required(root, "objects", JsonValueKind.Object).EnumerateObject())
        {
            var geometries = new List<TopologyGeometry>();
            AddGeometries(entry.Value, geometries);
            objects[entry.Name] = geometries;
        }

        return new Topology(transform, arcs, objects);
    }

    private static TopologyTransform ReadTransform(JsonElement transform)
    {
        var scale = Required(transform, "scale", JsonValueKind.Array);
        var translate = Required(transform, "translate", JsonValueKind.Array);
        return new TopologyTransform(scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
    }

    private static TopologyPosition[] ReadArc(JsonElement arc) =>
        arc.EnumerateArray().Select(position => new TopologyPosition(position[0].GetDouble(), position[1].GetDouble())).ToArray();

    private static void AddGeometries(JsonElement geometry, List<TopologyGeometry> geometries)
    {
        var type = geometry.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String
            ? typeElement.GetString()
            : null;
        switch (type)
        {
            case null when typeElement.ValueKind == JsonValueKind.Null:
                // A null geometry (the specification allows them) has nothing to draw.
                break;
            case "GeometryCollection":
                foreach (var member in Required(geometry, "geometries", JsonValueKind.Array).EnumerateArray())
                {
                    AddGeometries(member, geometries);
                }

                break;
            case "Polygon":
                geometries.Add(new TopologyGeometry(TopologyGeometryType.Polygon, [ReadPolygon(Required(geometry, "arcs", JsonValueKind.Array))], ReadId(geometry), ReadName(geometry)));
                break;
            case "MultiPolygon":
                var polygons = Required(geometry, "arcs", JsonValueKind.Array).EnumerateArray().Select(ReadPolygon).ToArray();
                geometries.Add(new TopologyGeometry(TopologyGeometryType.MultiPolygon, polygons, ReadId(geometry), ReadName(geometry)));
                break;
            default:
                throw new JsonException($"TopoJSON geometry type '{type ?? "(none)"}' is not supported; only Polygon, MultiPolygon and GeometryCollection are");
        }
    }

    private static TopologyPolygon ReadPolygon(JsonElement rings) =>
        new(rings.EnumerateArray().Select(ring => new TopologyRing(ring.EnumerateArray().Select(index => index.GetInt32()).ToArray())).ToArray());

    private static string? ReadId(JsonElement geometry) =>
        geometry.TryGetProperty("id", out var id) ? id.ValueKind switch
        {
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new JsonException($"a geometry's id must be a string or a number, not {id.ValueKind}"),
        }
        : null;

    private static string? ReadName(JsonElement geometry) =>
        geometry.TryGetProperty("properties", out var properties)
        && properties.ValueKind == JsonValueKind.Object
        && properties.TryGetProperty("name", out var name)
        && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;

    private static JsonElement Required(JsonElement element, string property, JsonValueKind kind) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == kind
            ? value
            : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"a TopoJSON {element.ValueKind} needs \"{property}\" as {kind}"));
}
