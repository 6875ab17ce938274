namespace Portal.Model;

/// <summary>The keys of <c>site.yml</c>. Text that differs by language is held per language code.</summary>
public sealed record SiteSettings(
    LocalizedText Title,
    string Publisher,
    Uri BaseUrl,
    IReadOnlyList<string> Languages,
    LocalizedText? Description,
    AccessibilityInfo? Accessibility,
    ContentLimits Limits,
    OrganisationNumber? OrganisationNumber,
    OpenDataInfo OpenData)
{
    public string DefaultLanguage => Languages[0];

    /// <summary>Whether the site has search: the header's field, a search page per language and their index.</summary>
    public bool Search { get; init; } = true;

    /// <summary>Where site.yml names its languages, for a problem with one found elsewhere (the theme's strings); null when it names none.</summary>
    public SourceLocation? LanguagesAt { get; init; }
}

/// <summary>
/// The publisher's facts for the accessibility statement (tillgänglighetsredogörelse), from <c>site.yml</c>: where to
/// report problems, how far the site complies, and when it was assessed and the statement last updated.
/// </summary>
public sealed record AccessibilityInfo(string Contact, string? Phone, Compliance Compliance, DateOnly? Assessed, DateOnly? Updated);

/// <summary>A Swedish organisation number as written in site.yml (212000-1355), its check digit checked.</summary>
public sealed record OrganisationNumber(string Text)
{
    /// <summary>The ten digits without the hyphen, as dataportal.se names organisations (SE2120001355).</summary>
    public string Digits => Text.Replace("-", string.Empty, StringComparison.Ordinal);
}

/// <summary>
/// What the open-data catalogue (datasets/dcat.rdf) says of the data beyond the content: the licence its files are
/// published under, and the e-mail address its datasets name as their contact point (none when site.yml gives none).
/// </summary>
public sealed record OpenDataInfo(Uri License, string? ContactEmail)
{
    /// <summary>Creative Commons' public-domain dedication, the licence the open data has unless site.yml names another.</summary>
    public static readonly Uri Cc0 = new("http://creativecommons.org/publicdomain/zero/1.0/");
}

/// <summary>A text given once for every language, or per language (<c>{sv: …, en: …}</c>).</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> ByLanguage, string Fallback)
{
    public string In(string language) => ByLanguage.TryGetValue(language, out var text) ? text : Fallback;
}
