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

    private static JsonObject Document(string title, (string Swedish, string English) name, string swedish, string english, IReadOnlyList<KeyDefinition> keys, IReadOnlyList<KeyDefinition>? translation)
    {
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = $"Portal: {title}",
            ["description"] = $"{swedish} / {english}",
        };
        foreach (var (property, value) in MappingType.Of(keys, "object").ToList())
        {
            schema[property] = value?.DeepClone();
        }

        if (translation is not null)
        {
            var properties = new JsonObject();
            foreach (var key in translation)
            {
                properties[key.Name] = key.InTranslation is { } translated
                    ? MappingType.Property(translated)
                    : new JsonObject { ["$ref"] = $"#/properties/{key.Name}" };
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

    private static JsonObject SharedTypes()
    {
        using var stream = typeof(SchemaWriter).Assembly.GetManifestResourceStream("Portal.Content.Schemas.common.schema.json")
            ?? throw new InvalidOperationException("the shared schema types are not embedded");
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static string Text(JsonObject schema) => schema.ToJsonString(Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
