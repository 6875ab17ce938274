using Portal.Countries;
using Portal.CrossReferences;

namespace Portal.OpenData;

public static class PartnerRecords
{
    /// <summary>Every network that has a seat (<c>location</c>), ordered by slug.</summary>
    public static IReadOnlyList<NetworkSeatRecord> NetworkSeats(PortalIndex index, SiteSettings site, SiteRoutes routes, CountryNames countries) =>
        index.Content.Networks
            .Where(n => n.Location is not null)
            .OrderBy(n => n.Slug, StringComparer.Ordinal)
            .Select(n => new NetworkSeatRecord(
                n.Slug,
                n.Name,
                KebabName.Of(n.Kind),
                n.Country,
                n.Country is null ? null : countries.NameOf(n.Country, site.DefaultLanguage),
                n.Members.Count,
                n.Location!.Latitude,
                n.Location.Longitude,
                routes.Network(site.DefaultLanguage, n.Slug).AbsoluteUnder(site.BaseUrl)))
            .ToList();

    /// <summary>Every relationship, in the default language, ordered by municipality and slug so files are deterministic.</summary>
    public static IReadOnlyList<PartnerRecord> From(PortalIndex index, SiteSettings site, SiteRoutes routes, CountryNames countries) =>
        index.Content.Relationships
            .OrderBy(r => r.Key.Municipality, StringComparer.Ordinal)
            .ThenBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r => new PartnerRecord(
                r.Key.Municipality,
                index.MunicipalityName(r.Key.Municipality),
                r.Name,
                r.LocalName,
                r.Country,
                countries.NameOf(r.Country, site.DefaultLanguage),
                r.Region,
                KebabName.Of(r.Type),
                KebabName.Of(r.Status),
                r.Since?.ToString(),
                r.Until?.ToString(),
                r.Location.Latitude,
                r.Location.Longitude,
                r.Network,
                routes.Relationship(site.DefaultLanguage, r.Key).AbsoluteUnder(site.BaseUrl)))
            .ToList();
}
