using Portal.Binding;
using Portal.Content.Keys;
using Portal.Input;
using Portal.Pages;
using Portal.Pages.Sources;
using Portal.Routing;
using Portal.Scaffolding;

namespace Portal.Content.CountryIntros;

/// <summary><c>countries/&lt;iso2&gt;.md</c>: the introduction to a country's page, named by the country's code.</summary>
public sealed class CountryIntroDefinition : ContentKindDefinition
{
    public static readonly KeyDefinition[] KeyList = [CommonKeys.Summary];

    public override ContentKind Kind => ContentKind.Country;

    public override string Folder => "countries";

    public override string? CheckFileName(string fileName) =>
        fileName.Length == 2 ? null : "a country file is named by its two-letter ISO code in lower case (dk.md, ax.md)";

    public override IReadOnlyList<KeyDefinition> Keys => KeyList;

    public override string Name => "country";

    public override (string Swedish, string English) Title => ("landintroduktion", "country introduction");

    public override (string Swedish, string English) Description =>
        ("Uppgifterna överst i countries/<iso2>.md (filnamnet är landskoden med gemener, dk.md). Inga nycklar krävs; texten under uppgifterna är introduktionen på landsidan.", "The front matter of countries/<iso2>.md (the file name is the country code in lower case, dk.md). No key is required; the text below is the country page's introduction.");

    public override object? Bind(BindingInput input, BindingContext context) => CountryIntroBinder.Bind(input, context);

    /// <summary>A country has a page only with a relationship or a network seat there.</summary>
    public override Route? RouteOf(ContentPath path, string language, SiteRoutes routes, IReadOnlySet<string> countriesWithPages) =>
        countriesWithPages.Contains(path.Slug.ToUpperInvariant()) ? routes.Country(language, path.Slug) : null;

    public override IPageSource Pages { get; } = new CountryPages();

    public override Scaffold Scaffold { get; } = new CountryScaffold();
}
