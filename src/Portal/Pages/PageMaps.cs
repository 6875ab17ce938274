using NetTopologySuite.Geometries;
using Portal.Maps;

namespace Portal.Pages;

/// <summary>Builds the map each kind of page shows (drawn by the theme's <c>map</c> component), with markers linking to relationship pages from the page being written.</summary>
public sealed class PageMaps(ComposeContext context, PageLinks links)
{
    public const string MapId = "map-figure";

    private MapLabels Labels => new(context.Ui("map.group-of"));

    /// <summary>The home page: every partner in the world; groups link to the table of countries.</summary>
    public MapFigure? World(string listId) =>
        Render(new MapRequest(
            MapId,
            MapScope.World,
            context.Ui("map.world.title"),
            Describe(context.Index.Content.Relationships),
            context.Index.Content.Relationships.Select(Partner).ToList(),
            listId,
            Labels,
            Width: 960));

    /// <summary>A country page: the country, its neighbours in grey, its partners and the networks seated there.</summary>
    public MapFigure? Country(string code, string listId)
    {
        var relationships = context.Index.RelationshipsByCountry[code].ToList();
        var seats = context.Index.NetworksByCountry[code].Where(n => n.Location is not null).Select(Seat).ToList();
        var markers = relationships.Select(Partner).Concat(seats).ToList();
        return Render(
            new MapRequest(
                MapId,
                MapScope.Country,
                string.Format(context.Culture, context.Ui("map.country.title"), context.CountryName(code)),
                Describe(relationships),
                markers,
                listId,
                Labels,
                Country: code),
            KeepInView(code));
    }

    /// <summary>A relationship page: a small locator, on the same base map as its country's page.</summary>
    public MapFigure? Relationship(Relationship relationship, string listId) =>
        Render(
            new MapRequest(
                MapId,
                MapScope.Country,
                string.Format(context.Culture, context.Ui("map.relationship.title"), relationship.Name, context.CountryName(relationship.Country)),
                Label(relationship),
                [Partner(relationship)],
                listId,
                Labels,
                Country: relationship.Country,
                Width: 480),
            KeepInView(relationship.Country));

    /// <summary>A municipality page: the municipality and a great-circle line to each partner.</summary>
    public MapFigure? Municipality(Municipality municipality, string listId)
    {
        var relationships = context.Index.RelationshipsByMunicipality[municipality.Slug].ToList();
        var home = new MapMarker(municipality.Location, links.To(context.Routes.Municipality(context.Language, municipality.Slug)), municipality.Name, MarkerKind.Home);
        return Render(new MapRequest(
            MapId,
            MapScope.Markers,
            string.Format(context.Culture, context.Ui("map.municipality.title"), municipality.Name),
            Describe(relationships),
            [home, .. relationships.Select(Partner)],
            listId,
            Labels,
            Origin: municipality.Location));
    }

    /// <summary>A network page: its member municipalities, the places in it, and its seat.</summary>
    public MapFigure? Network(Network network, string listId)
    {
        var members = network.Members
            .Where(m => context.Index.Municipalities.ContainsKey(m.Municipality))
            .Select(m => context.Index.Municipalities[m.Municipality])
            .Select(m => new MapMarker(m.Location, links.To(context.Routes.Municipality(context.Language, m.Slug)), m.Name, MarkerKind.Home));
        var places = context.Index.RelationshipsByNetwork[network.Slug].Select(Partner);
        var markers = members.Concat(places).Concat(network.Location is null ? [] : [Seat(network)]).ToList();
        if (markers.Count == 0)
        {
            return null;
        }

        return Render(new MapRequest(
            MapId,
            MapScope.Markers,
            string.Format(context.Culture, context.Ui("map.network.title"), network.Name),
            string.Join("; ", markers.Select(m => m.Label)),
            markers,
            listId,
            Labels));
    }

    /// <summary>The map, for the theme's <c>map</c> component; null when the build draws no maps.</summary>
    private MapFigure? Render(MapRequest request, Envelope? keepInView = null) => context.Maps?.Render(request, keepInView);

    /// <summary>Every partner in a country stays in view, so a country's maps share one frame (and one base layer).</summary>
    private Envelope KeepInView(string country) => context.Index.PartnersEnvelopeIn(country);

    private MapMarker Partner(Relationship r) =>
        new(r.Location, links.To(context.Routes.Relationship(context.Language, r.Key)), Label(r), MarkerKind.Partner, r.Status);

    private MapMarker Seat(Network n) =>
        new(n.Location!, links.To(context.Routes.Network(context.Language, n.Slug)), $"{n.Name}, {context.Ui("map.seat").ToLower(context.Culture)}", MarkerKind.Seat);

    private string Label(Relationship r)
    {
        var municipality = context.MunicipalityName(r.Key.Municipality);
        return string.Format(
            context.Culture,
            context.Ui("map.marker"),
            r.Name,
            context.CountryName(r.Country),
            context.Ui($"status.{KebabName.Of(r.Status)}").ToLower(context.Culture),
            municipality);
    }

    private string Describe(IReadOnlyCollection<Relationship> relationships) =>
        relationships.Count == 0
            ? context.Ui("map.empty")
            : string.Format(context.Culture, context.Ui("map.description"), relationships.Count, string.Join(", ", relationships.Select(r => r.Name).Take(12)) + (relationships.Count > 12 ? " …" : string.Empty));
}
