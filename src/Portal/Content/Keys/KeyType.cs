using System.Text.Json.Nodes;

namespace Portal.Content.Keys;

/// <summary>What a key's value is, as far as a schema and a starting file need to know.</summary>
public abstract record KeyType
{
    /// <summary>The JSON Schema of the value; an optional key also takes an empty value (null in YAML).</summary>
    public abstract JsonObject Schema(bool required);

    /// <summary>What a starting file writes after a commented-out key (<c># areas: []</c>); empty for nothing.</summary>
    public virtual string Example => string.Empty;

    /// <summary>The allowed values with their Swedish glosses, for the descriptions: "vänort (twin-town), …".</summary>
    public virtual string? SwedishChoices => null;

    /// <summary>The allowed values for the English description: "twin-town, friendship-town, …".</summary>
    public virtual string? EnglishChoices(string? defaultValue) => null;
}

/// <summary>A type described once in <c>common.schema.json</c>, with its own definition for an optional key.</summary>
public sealed record SharedType(string RequiredDefinition, string OptionalDefinition, string ExampleValue = "") : KeyType
{
    public override JsonObject Schema(bool required) =>
        new() { ["$ref"] = $"common.schema.json#/$defs/{(required ? RequiredDefinition : OptionalDefinition)}" };

    public override string Example => ExampleValue;
}

/// <summary>One value of an enum, or (<paramref name="IsList"/>) a list of them; written in kebab case (<c>twin-town</c>).</summary>
public sealed record EnumType(Type Enum, bool IsList) : KeyType
{
    private IEnumerable<string> Names => Values.Select(KebabName.OfAny);

    // By name rather than Enum.GetValues(Type), which a native build cannot promise; both list in order of value.
    private IEnumerable<Enum> Values => System.Enum.GetNames(Enum).Select(name => (Enum)System.Enum.Parse(Enum, name));

    public override JsonObject Schema(bool required)
    {
        var one = new JsonObject { ["enum"] = new JsonArray([.. Names.Select(n => (JsonNode)JsonValue.Create(n)), .. required || IsList ? [] : new JsonNode?[] { null }]) };
        return IsList
            ? new JsonObject { ["anyOf"] = new JsonArray(one, new JsonObject { ["type"] = "array", ["items"] = one.DeepClone() }, new JsonObject { ["type"] = "null" }) }
            : one;
    }

    public override string Example => IsList ? "[]" : string.Empty;

    /// <summary>Every allowed value with its meaning: <c>active (aktiv), sporadic (sporadisk), …</c>.</summary>
    public override string SwedishChoices =>
        string.Join(", ", Values.Select(v => SwedishGlosses.OfAny(v) is { } gloss ? $"{KebabName.OfAny(v)} ({gloss})" : KebabName.OfAny(v)));

    public override string EnglishChoices(string? defaultValue) =>
        string.Join(", ", Names.Select(n => n == defaultValue ? $"{n} (the default)" : n));
}

/// <summary>A whole number, written bare or as text, no smaller than <paramref name="Minimum"/>.</summary>
public sealed record IntegerType(int Minimum) : KeyType
{
    private const string Space = "[\\t\\n\\v\\f\\r ]*";

    public override JsonObject Schema(bool required)
    {
        // The text form repeats what KeyReader.OptionalInteger accepts: the schema sees YAML 1.2, which reads "+5" as text.
        var digits = Minimum switch
        {
            int.MinValue => "[+-]?[0-9]{1,9}",
            0 => "\\+?[0-9]{1,9}",
            1000 => "\\+?0*[1-9][0-9]{3,8}",
            _ => throw new NotSupportedException($"no text pattern for whole numbers from {Minimum}"),
        };
        return new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "integer", ["minimum"] = Minimum, ["maximum"] = int.MaxValue },
                new JsonObject { ["type"] = "string", ["pattern"] = $"^{Space}{digits}{Space}$" },
                new JsonObject { ["type"] = "null" }),
        };
    }
}

/// <summary>A mapping of keys of its own, or (<paramref name="IsList"/>) a list of such mappings.</summary>
public sealed record MappingType(IReadOnlyList<KeyDefinition> Keys, bool IsList) : KeyType
{
    public override JsonObject Schema(bool required) => IsList
        ? new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = Of(Keys, "object") }
        : Of(Keys, new JsonArray("object", "null"));

    /// <summary>One key's schema: its description and its type's.</summary>
    public static JsonObject Property(KeyDefinition key)
    {
        var property = new JsonObject { ["description"] = key.Description };
        foreach (var (name, value) in key.Type.Schema(key.Required).ToList())
        {
            property[name] = value?.DeepClone();
        }

        return property;
    }

    /// <summary>The schema of a mapping of these keys: its type, its required keys and every key described; other keys are allowed (the build warns of them).</summary>
    public static JsonObject Of(IReadOnlyList<KeyDefinition> keys, JsonNode type)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            properties[key.Name] = Property(key);
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
}
