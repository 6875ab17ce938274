using System.Reflection;
using System.Text.Json.Nodes;
using Portal.Binding;
using Portal.Countries;
using Portal.Input;
using Portal.Model;

namespace Portal.Tests.Schemas;

/// <summary>
/// The schemas name exactly the keys the binders read and exactly the values the model's enums take, so a key or a
/// value added to the generator without the schema fails here.
/// </summary>
[TestFixture]
public sealed class SchemaDriftTests
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The keys KeyReader.Location reads inside a location (it has no list of its own).</summary>
    private static readonly string[] LocationKeys = ["lat", "lon"];

    private static readonly (string Schema, ContentKind Kind, string[] Keys)[] Kinds =
    [
        ("municipality.schema.json", ContentKind.Municipality, MunicipalityBinder.Keys),
        ("relationship.schema.json", ContentKind.Relationship, RelationshipBinder.Keys),
        ("network.schema.json", ContentKind.Network, NetworkBinder.Keys),
        ("decision.schema.json", ContentKind.Decision, DecisionBinder.Keys),
        ("page.schema.json", ContentKind.Page, FreePageBinder.Keys),
        ("country.schema.json", ContentKind.Country, CountryIntroBinder.Keys),
    ];

    /// <summary>Each enum-valued key: the schema, the path to its property, and the model enum it binds to.</summary>
    private static readonly (string Schema, string[] Path, Type Enum)[] EnumKeys =
    [
        ("municipality.schema.json", ["properties", "kind"], typeof(MunicipalityKind)),
        ("relationship.schema.json", ["properties", "type"], typeof(RelationshipType)),
        ("relationship.schema.json", ["properties", "status"], typeof(RelationshipStatus)),
        ("relationship.schema.json", ["properties", "areas"], typeof(CooperationArea)),
        ("relationship.schema.json", ["properties", "financing"], typeof(FinancingSource)),
        ("network.schema.json", ["properties", "kind"], typeof(NetworkKind)),
        ("decision.schema.json", ["properties", "kind"], typeof(DecisionKind)),
        ("page.schema.json", ["properties", "layout"], typeof(PageLayout)),
        ("site.schema.json", ["properties", "accessibility", "properties", "compliance"], typeof(Compliance)),
    ];

    private static readonly Dictionary<string, JsonObject> Loaded = new(StringComparer.Ordinal);

    private static JsonObject Schema(string name)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var schema))
            {
                schema = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaValidator.SchemasDirectory, name)))!.AsObject();
                Loaded[name] = schema;
            }

            return schema;
        }
    }

    private static JsonObject At(JsonObject schema, params string[] path) =>
        path.Aggregate(schema, (node, step) => node[step]?.AsObject() ?? throw new AssertionException($"no {string.Join('/', path)} in the schema"));

    private static IReadOnlyList<string> PropertyNames(JsonObject schema) =>
        schema["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];

    /// <summary>The string values of the first enum found in a property, directly, in anyOf, or in items.</summary>
    private static IReadOnlyList<string>? EnumValues(JsonObject schema)
    {
        if (schema["enum"] is JsonArray values)
        {
            return values.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList();
        }

        var inner = (schema["anyOf"] as JsonArray)?.OfType<JsonObject>() ?? [];
        if (schema["items"] is JsonObject items)
        {
            inner = inner.Append(items);
        }

        return inner.Select(EnumValues).FirstOrDefault(v => v is not null);
    }

    private static string[] PrivateKeys(Type binder, string field) =>
        (string[])binder.GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static IReadOnlyList<string> KebabNames(Type enumType) =>
        (IReadOnlyList<string>)typeof(KebabName).GetMethod(nameof(KebabName.All))!.MakeGenericMethod(enumType).Invoke(null, null)!;

    [Test]
    public void Each_kind_of_file_has_exactly_its_binders_keys()
    {
        Assert.Multiple(() =>
        {
            foreach (var (schema, _, keys) in Kinds)
            {
                Assert.That(PropertyNames(Schema(schema)), Is.EquivalentTo(keys), schema);
            }

            Assert.That(PropertyNames(Schema("site.schema.json")), Is.EquivalentTo(PrivateKeys(typeof(SiteSettingsBinder), "Keys")), "site.yml");
            Assert.That(PropertyNames(At(Schema("site.schema.json"), "properties", "accessibility")),
                Is.EquivalentTo(PrivateKeys(typeof(SiteSettingsBinder), "AccessibilityKeys")), "site.yml accessibility");
            Assert.That(PropertyNames(At(Schema("network.schema.json"), "properties", "members", "items")), Is.EquivalentTo(NetworkBinder.MemberKeys), "network members");
            Assert.That(PropertyNames(At(Schema("common.schema.json"), "$defs", "location")), Is.EquivalentTo(LocationKeys), "location");
        });
    }

    [Test]
    public void Each_translation_has_exactly_the_keys_a_translation_may_give()
    {
        Assert.Multiple(() =>
        {
            foreach (var (schema, kind, _) in Kinds)
            {
                var translation = At(Schema(schema), "$defs", "translation");
                Assert.That(PropertyNames(translation), Is.EquivalentTo(ContentBinder.TranslatableKeys(kind)), schema);
                Assert.That(translation["additionalProperties"]?.GetValue<bool>(), Is.False, $"{schema}: a translation's other keys are errors (PT0031)");
                Assert.That(translation["required"], Is.Null, $"{schema}: a translation needs no key");
            }
        });
    }

    [Test]
    public void Each_enum_has_exactly_the_models_kebab_names()
    {
        Assert.Multiple(() =>
        {
            foreach (var (schema, path, enumType) in EnumKeys)
            {
                Assert.That(EnumValues(At(Schema(schema), path)), Is.EqualTo(KebabNames(enumType)), $"{schema} {string.Join('/', path)} ({enumType.Name})");
            }
        });
    }

    [Test]
    public void Every_enum_of_the_model_is_in_a_schema()
    {
        var modelEnums = typeof(KebabName).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(KebabName).Namespace);
        Assert.That(EnumKeys.Select(e => e.Enum).Distinct(), Is.EquivalentTo(modelEnums), "an enum editors write must have its values in a schema");
    }

    [Test]
    public void The_country_enum_is_every_code_the_generator_knows()
    {
        var codes = EnumValues(At(Schema("common.schema.json"), "$defs", "country"));
        Assert.That(codes, Is.EquivalentTo(CountryNames.Shipped.Codes));
        Assert.That(codes, Does.Contain("AX").And.Contain("FO").And.Contain("GL"));
    }

    [Test]
    public void Every_schema_is_draft_2020_12_and_every_property_is_described_in_swedish_and_english()
    {
        var files = Directory.EnumerateFiles(SchemaValidator.SchemasDirectory, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(files, Has.Count.EqualTo(Kinds.Length + 2), "one schema per kind, site.schema.json and common.schema.json");
        var undescribed = new List<string>();
        foreach (var file in files)
        {
            var schema = Schema(file!);
            Assert.That(schema["$schema"]?.GetValue<string>(), Is.EqualTo(Draft), file);
            CollectUndescribed(schema, file!, undescribed);
        }

        Assert.That(undescribed, Is.Empty, "every property and definition has a description 'svenska / English'");
    }

    private static void CollectUndescribed(JsonObject node, string where, List<string> undescribed)
    {
        foreach (var group in new[] { "properties", "$defs" })
        {
            foreach (var (name, value) in node[group]?.AsObject() ?? [])
            {
                var child = value!.AsObject();
                var description = child["description"]?.GetValue<string>() ?? string.Empty;
                // A translation's property is the original's ("$ref": "#/properties/name") and shows its description.
                var reusesOriginal = child["$ref"]?.GetValue<string>().StartsWith("#/properties/", StringComparison.Ordinal) == true;
                if (!reusesOriginal && !description.Contains(" / ", StringComparison.Ordinal))
                {
                    undescribed.Add($"{where}/{group}/{name}");
                }

                CollectUndescribed(child, $"{where}/{group}/{name}", undescribed);
            }
        }

        if (node["items"] is JsonObject items)
        {
            CollectUndescribed(items, where + "/items", undescribed);
        }
    }
}
