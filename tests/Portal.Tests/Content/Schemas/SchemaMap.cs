namespace Portal.Tests.Content.Schemas;

/// <summary>
/// Which schema checks which content file, by its place in the content folder: what .vscode/settings.json says with
/// globs (VsCodeSettingsTests checks that the two agree). A translation (<c>&lt;slug&gt;.&lt;lang&gt;.md</c>) is checked
/// with its kind's <c>#/$defs/translation</c>.
/// </summary>
public static class SchemaMap
{
    public const string Translation = "#/$defs/translation";

    /// <summary>The schema for a path relative to the content folder, or null for a file no schema covers.</summary>
    public static string? For(string relativePath)
    {
        if (relativePath == "site.yml")
        {
            return "site.schema.json";
        }

        if (!relativePath.EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = relativePath.Split('/');
        var kind = (parts[0], parts.Length) switch
        {
            ("municipalities", 2) => "municipality",
            ("partners", 3) => "relationship",
            ("networks", 2) => "network",
            ("decisions", 2) => "decision",
            ("countries", 2) => "country",
            ("pages", >= 2) => "page",
            _ => null,
        };
        var isTranslation = parts[^1][..^3].Contains('.', StringComparison.Ordinal);
        return kind is null ? null : $"{kind}.schema.json{(isTranslation ? Translation : string.Empty)}";
    }

    public static SchemaRequest? Request(string contentDirectory, string relativePath) =>
        For(relativePath) is { } schema
            ? new SchemaRequest(Path.Combine(contentDirectory, relativePath), schema, FrontMatter: relativePath != "site.yml")
            : null;
}
