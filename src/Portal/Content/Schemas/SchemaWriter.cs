using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Content.Site;

namespace Portal.Content.Schemas;

/// <summary>
/// Writes the JSON Schemas editors' tools check front matter with (VS Code's YAML extension): one per content kind
/// and one for site.yml, from the kinds' key definitions, and <c>common.schema.json</c> with the shared value types.
/// The committed <c>schemas/</c> folder is this output; a test keeps them equal.
/// </summary>
public static class SchemaWriter
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every schema by its file name, as the text to write (LF line ends, a final newline).</summary>
    public static IReadOnlyDictionary<string, string> All()
    {
        var schemas = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["common.schema.json"] = Text(SharedTypes()),
            ["site.schema.json"] = Text(Document("site.yml", ("site.yml", "site.yml"), "Webbplatsens inställningar i site.yml.", "The site settings in site.yml.", SiteFileDefinition.KeyList, translation: null)),
        };
        foreach (var kind in ContentKinds.All)
        {
            var translation = kind.Keys.Where(k => k.Translatable).ToList();
            schemas[$"{kind.Name}.schema.json"] = Text(Document(
                $"{kind.Names.Title.Swedish} / {kind.Names.Title.English}",
                kind.Names.Title,
                kind.Names.Description.Swedish,
                kind.Names.Description.English,
                kind.Keys,
                translation));
        }

        return schemas;
    }

    /// <summary>The description of a key, in both languages: its meaning, its allowed values, and whether it is required.</summary>
    public static string Describe(KeyDefinition key) => $"{key.SwedishDescription} / {key.EnglishDescription}";

    private static JsonObject Document(string title, (string Swedish, string English) name, string swedish, string english, IReadOnlyList<KeyDefinition> keys, IReadOnlyList<KeyDefinition>? translation)
    {
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = $"Portal: {title}",
            ["description"] = $"{swedish} / {english}",
        };
        MoveInto(schema, Mapping(keys, "object"));

        if (translation is not null)
        {
            var properties = new JsonObject();
            foreach (var key in translation)
            {
                properties[key.Name] = new JsonObject { ["$ref"] = $"#/properties/{key.Name}" };
            }

            var words = string.Join(", ", translation.Select(k => k.Name));
            schema["$defs"] = new JsonObject
            {
                ["translation"] = new JsonObject
                {
                    ["title"] = $"Portal: {name.Swedish} / {name.English} – översättning / translation",
                    ["description"] = $"En översättning (<slug>.<språk>.md) ger bara de nycklar som har ord: {words}. Faktauppgifter skrivs bara i originalet. / A translation (<slug>.<lang>.md) gives only the keys that hold words: {words}. Facts are written in the original only.",
                    ["type"] = "object",
                    ["properties"] = properties,
                    ["additionalProperties"] = false,
                },
            };
        }

        return schema;
    }

    /// <summary>A mapping's type, required keys and properties; unknown keys are allowed (the build warns of them).</summary>
    private static JsonObject Mapping(IReadOnlyList<KeyDefinition> keys, JsonNode type)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            var property = new JsonObject { ["description"] = Describe(key) };
            MoveInto(property, Property(key));
            properties[key.Name] = property;
        }

        var mapping = new JsonObject { ["type"] = type };
        var required = keys.Where(k => k.Required).Select(k => (JsonNode?)JsonValue.Create(k.Name)).ToArray();
        if (required.Length > 0)
        {
            mapping["required"] = new JsonArray(required);
        }

        mapping["properties"] = properties;
        return mapping;
    }

    private static JsonObject Property(KeyDefinition key) => key.Type switch
    {
        MappingType { IsList: true } list => new JsonObject
        {
            ["type"] = new JsonArray("array", "null"),
            ["items"] = Mapping(list.Keys, "object"),
        },
        MappingType mapping => Mapping(mapping.Keys, new JsonArray("object", "null")),
        var type => type.Schema(key.Required),
    };

    /// <summary>Moves every property of <paramref name="from"/> to the end of <paramref name="into"/> (a node has one parent).</summary>
    private static void MoveInto(JsonObject into, JsonObject from)
    {
        foreach (var name in from.Select(p => p.Key).ToList())
        {
            var value = from[name];
            from.Remove(name);
            into[name] = value;
        }
    }

    private static JsonObject SharedTypes()
    {
        using var stream = typeof(SchemaWriter).Assembly.GetManifestResourceStream("Portal.Content.Schemas.common.schema.json")
            ?? throw new InvalidOperationException("the shared schema types are not embedded");
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static string Text(JsonObject schema) => schema.ToJsonString(Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
