namespace Portal.Content.CountryIntros;

/// <summary><c>countries/&lt;iso2&gt;.md</c>: the introduction to a country's page, named by the country's code.</summary>
public sealed class CountryIntroDefinition() : ContentKindDefinition(
    new ContentKindNames(
        ContentKind.Country,
        "countries",
        "country",
        ("landintroduktion", "country introduction"),
        ("Uppgifterna överst i countries/<iso2>.md (filnamnet är landskoden med gemener, dk.md). Inga nycklar krävs; texten under uppgifterna är introduktionen på landsidan.", "The front matter of countries/<iso2>.md (the file name is the country code in lower case, dk.md). No key is required; the text below is the country page's introduction.")),
    KeyList,
    CountryIntroBinder.Bind,
    new CountryPages(),
    new CountryScaffold())
{
    public static readonly KeyDefinition[] KeyList = [CommonKeys.Summary];

    public override string? CheckFileName(string fileName) =>
        fileName.Length == 2 ? null : "a country file is named by its two-letter ISO code in lower case (dk.md, ax.md)";

    /// <summary>A country has a page only with a relationship or a network seat there.</summary>
    public override Route? RouteOf(ContentPath path, string language, SiteRoutes routes, IReadOnlySet<string> countriesWithPages) =>
        countriesWithPages.Contains(path.Slug.ToUpperInvariant()) ? routes.Country(language, path.Slug) : null;
}
