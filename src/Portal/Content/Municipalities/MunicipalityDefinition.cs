using Portal.Pages.Sources;

namespace Portal.Content.Municipalities;

/// <summary><c>municipalities/&lt;slug&gt;.md</c>: a Swedish municipality or region whose relationships the portal shows.</summary>
public sealed class MunicipalityDefinition() : ContentKindDefinition(
    new ContentKindNames(ContentKind.Municipality, "municipalities", "municipality", ("kommun", "municipality"), ("Uppgifterna överst i municipalities/<slug>.md: en svensk kommun eller region.", "The front matter of municipalities/<slug>.md: a Swedish municipality or region.")),
    KeyList,
    MunicipalityBinder.Bind,
    new MunicipalityPages(),
    new MunicipalityScaffold())
{
    public static readonly KeyDefinition[] KeyList =
    [
        new("name", KeyTypes.CellText, "Kommunens namn (Vänersborg).", "The municipality's name (Vänersborg).") { Required = true, Translatable = true },
        new("location", KeyTypes.Location, "Kommunens position, {lat: 58.38, lon: 12.32}.", "The municipality's position, {lat: 58.38, lon: 12.32}.") { Required = true },
        new("kind", KeyTypes.Enum<MunicipalityKind>(), "Kommun eller region", "Municipality or region") { Default = "municipality" },
        new("county", KeyTypes.Text, "Län (Västra Götalands län).", "County (Västra Götalands län).") { Translatable = true },
        new("website", KeyTypes.Url, "Kommunens webbplats, en fullständig adress (https://www.vanersborg.se).", "The municipality's website, an absolute address (https://www.vanersborg.se)."),
        CommonKeys.Summary,
    ];

    public override Route RouteOf(ContentPath path, string language, SiteRoutes routes, IReadOnlySet<string> countriesWithPages) =>
        routes.Municipality(language, path.Slug);
}
