namespace Portal.Model;

/// <summary>The keys of <c>site.yml</c>. Text that differs by language is held per language code.</summary>
public sealed record SiteSettings(
    LocalizedText Title,
    string Publisher,
    Uri BaseUrl,
    IReadOnlyList<string> Languages,
    LocalizedText? Description)
{
    public string DefaultLanguage => Languages[0];
}

/// <summary>A text given once for every language, or per language (<c>{sv: …, en: …}</c>).</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> ByLanguage, string Fallback)
{
    public string In(string language) => ByLanguage.TryGetValue(language, out var text) ? text : Fallback;
}
