namespace Portal.Content.Keys;

/// <summary>
/// One key an editor may write in a file's front matter: everything the build, the schemas and <c>portal new</c>
/// know of it. <see cref="Swedish"/> and <see cref="English"/> say what it means, without "required" (that is
/// added from <see cref="Required"/>) and without the allowed values of an enum (added from the enum's glosses).
/// </summary>
public sealed record KeyDefinition(string Name, KeyType Type, string Swedish, string English)
{
    public bool Required { get; init; }

    /// <summary>A translation (<c>vanda.en.md</c>) may give it: words, not facts.</summary>
    public bool Translatable { get; init; }

    /// <summary>
    /// How a translation writes a key that mixes facts and words (a history's notes, by their dates), when it does:
    /// the translation's value is then matched to the original's by its binder, not put in its place.
    /// </summary>
    public KeyDefinition? InTranslation { get; init; }

    /// <summary>The value the build takes when the key is left out, named in the descriptions ("the default").</summary>
    public string? Default { get; init; }

    /// <summary>What a starting file writes after the key when commented out; by default the default value, or the type's example.</summary>
    public string? Example { get; init; }

    /// <summary>What the key means in Swedish, with its values' glosses: a starting file's comment, and half a schema's description.</summary>
    public string SwedishDescription =>
        (Type.SwedishChoices is { } choices ? $"{Swedish}: {choices}." : Swedish) + (Required ? " Krävs." : string.Empty);

    /// <summary>Both descriptions, as a schema gives them: "svenska / English".</summary>
    public string Description => $"{SwedishDescription} / {EnglishDescription}";

    public string EnglishDescription =>
        (Type.EnglishChoices(Default) is { } choices ? $"{English}: {choices}." : English) + (Required ? " Required." : string.Empty);
}
