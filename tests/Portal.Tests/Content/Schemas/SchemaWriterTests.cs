using System.Text.Json.Nodes;
using Portal.Cli;
using Portal.Cli.Commands;
using Portal.Content;
using Portal.Content.Schemas;
using Portal.Countries;
using Portal.Tests.Content.Schemas;

namespace Portal.Tests.Content.Schemas;

/// <summary>
/// The schemas are generated from the content kinds' key definitions, so the keys a build reads, the keys a schema
/// names and the keys a translation may give cannot drift apart; what is committed must be what is generated.
/// </summary>
[TestFixture]
public sealed class SchemaWriterTests
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    [Test]
    public void The_committed_schemas_are_the_generated_ones()
    {
        var generated = SchemaWriter.All();
        var committed = Directory.EnumerateFiles(SchemaValidator.SchemasDirectory, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

        Assert.That(committed.Keys, Is.EquivalentTo(generated.Keys), "one schema per kind, site.schema.json and common.schema.json");
        Assert.Multiple(() =>
        {
            foreach (var (name, text) in generated)
            {
                Assert.That(committed.GetValueOrDefault(name), Is.EqualTo(text), $"schemas/{name} is not what 'portal schemas' writes: run it and commit the result");
            }
        });
    }

    [Test]
    public void Portal_schemas_writes_them_into_the_folder_given()
    {
        using var folder = new TempDirectory();
        var output = new StringWriter();
        var exit = CommandLine.Run(["schemas", "--output", "out"], output, new StringWriter(), folder.FullPath, new SchemasCommand());

        Assert.That(exit, Is.Zero);
        Assert.That(output.ToString(), Does.StartWith("Wrote 8 schemas into out/"));
        foreach (var (name, text) in SchemaWriter.All())
        {
            Assert.That(File.ReadAllText(folder.Combine("out", name)), Is.EqualTo(text), name);
        }
    }

    [Test]
    public void Each_kind_names_exactly_its_keys_and_requires_exactly_its_required_keys()
    {
        Assert.Multiple(() =>
        {
            foreach (var kind in ContentKinds.All)
            {
                var schema = Parse($"{kind.Name}.schema.json");
                var properties = schema["properties"]!.AsObject().Select(p => p.Key);
                var required = (schema["required"] as JsonArray)?.Select(n => n!.GetValue<string>()) ?? [];
                var translation = schema["$defs"]!["translation"]!["properties"]!.AsObject().Select(p => p.Key);

                Assert.That(properties, Is.EqualTo(kind.KeyNames), kind.Name);
                Assert.That(required, Is.EqualTo(kind.Keys.Where(k => k.Required).Select(k => k.Name)), kind.Name);
                Assert.That(translation, Is.EqualTo(kind.TranslatableKeys), kind.Name);
            }
        });
    }

    [Test]
    public void An_enum_key_lists_every_value_with_its_swedish_gloss()
    {
        var status = Parse("relationship.schema.json")["properties"]!["status"]!;

        Assert.That(status["enum"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "active", "sporadic", "dormant", "ended" }));
        Assert.That(status["description"]!.GetValue<string>(), Is.EqualTo("Status: active (aktiv), sporadic (sporadisk), dormant (vilande), ended (avslutad). Krävs. / Status: active, sporadic, dormant, ended. Required."));
    }

    [Test]
    public void An_optional_enum_takes_an_empty_value_and_names_its_default()
    {
        var kind = Parse("decision.schema.json")["properties"]!["kind"]!;

        Assert.That(kind["enum"]!.AsArray().Select(n => n?.GetValue<string>()), Is.EqualTo(new[] { "decision", "report", "guideline", null }));
        Assert.That(kind["description"]!.GetValue<string>(), Does.EndWith("/ Kind: decision (the default), report, guideline."));
    }

    [Test]
    public void The_country_enum_is_every_code_the_generator_knows()
    {
        var codes = Parse("common.schema.json")["$defs"]!["country"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.That(codes, Is.EquivalentTo(CountryNames.Shipped.Codes));
    }

    [Test]
    public void Every_schema_is_draft_2020_12_and_every_property_is_described_in_swedish_and_english()
    {
        var undescribed = new List<string>();
        foreach (var (name, text) in SchemaWriter.All())
        {
            var schema = JsonNode.Parse(text)!.AsObject();
            Assert.That(schema["$schema"]?.GetValue<string>(), Is.EqualTo(Draft), name);
            CollectUndescribed(schema, name, undescribed);
        }

        Assert.That(undescribed, Is.Empty, "every property and definition has a description 'svenska / English'");
    }

    private static JsonObject Parse(string name) => JsonNode.Parse(SchemaWriter.All()[name])!.AsObject();

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
