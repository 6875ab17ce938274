namespace Portal.Model;

/// <summary>The keys of <c>site.yml</c>. Text that differs by language is held per language code.</summary>
public sealed record SiteSettings(
    LocalizedText Title,
    string Publisher,
    Uri BaseUrl,
    IReadOnlyList<string> Languages,
    LocalizedText? Description,
    AccessibilityInfo? Accessibility,
    ContentLimits Limits)
{
    public string DefaultLanguage => Languages[0];
}

/// <summary>
/// The publisher's facts for the accessibility statement (tillgänglighetsredogörelse), from <c>site.yml</c>: where to
/// report problems, how far the site complies, and when it was assessed and the statement last updated.
/// </summary>
public sealed record AccessibilityInfo(string Contact, string? Phone, Compliance Compliance, DateOnly? Assessed, DateOnly? Updated);

/// <summary>A text given once for every language, or per language (<c>{sv: …, en: …}</c>).</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> ByLanguage, string Fallback)
{
    public string In(string language) => ByLanguage.TryGetValue(language, out var text) ? text : Fallback;
}
