using Portal.Binding;
using Portal.Content.Keys;
using Portal.Input;
using Portal.Model;
using Portal.Pages;
using Portal.Pages.Sources;
using Portal.Routing;
using Portal.Scaffolding;

namespace Portal.Content.Municipalities;

/// <summary><c>municipalities/&lt;slug&gt;.md</c>: a Swedish municipality or region whose relationships the portal shows.</summary>
public sealed class MunicipalityDefinition : ContentKindDefinition
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

    public override ContentKind Kind => ContentKind.Municipality;

    public override string Folder => "municipalities";

    public override IReadOnlyList<KeyDefinition> Keys => KeyList;

    public override string Name => "municipality";

    public override (string Swedish, string English) Title => ("kommun", "municipality");

    public override (string Swedish, string English) Description =>
        ("Uppgifterna överst i municipalities/<slug>.md: en svensk kommun eller region.", "The front matter of municipalities/<slug>.md: a Swedish municipality or region.");

    public override object? Bind(BindingInput input, BindingContext context) => MunicipalityBinder.Bind(input, context);

    public override Route RouteOf(ContentPath path, string language, SiteRoutes routes, IReadOnlySet<string> countriesWithPages) =>
        routes.Municipality(language, path.Slug);

    public override IPageSource Pages { get; } = new MunicipalityPages();

    public override Scaffold Scaffold { get; } = new MunicipalityScaffold();
}
