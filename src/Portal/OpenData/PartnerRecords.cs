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

    /// <summary>
    /// Every change of status: the relationships' in the order of <see cref="From"/>, then the memberships' by network
    /// and the order the network lists its members; each history oldest first.
    /// </summary>
    public static IReadOnlyList<HistoryRecord> History(PortalIndex index, SiteSettings site, SiteRoutes routes)
    {
        var language = site.DefaultLanguage;
        HistoryRecord Record(string subject, string municipality, string slug, string name, HistoryEntry entry, Route page) => new(
            subject,
            municipality,
            slug,
            name,
            entry.Date.ToString(),
            KebabName.Of(entry.Status),
            entry.Decision,
            entry.Decision is null ? null : routes.Decision(language, entry.Decision).AbsoluteUnder(site.BaseUrl),
            entry.Note,
            page.AbsoluteUnder(site.BaseUrl));

        var relationships = index.Content.Relationships
            .Where(r => r.History.Count > 0)
            .OrderBy(r => r.Key.Municipality, StringComparer.Ordinal)
            .ThenBy(r => r.Slug, StringComparer.Ordinal)
            .SelectMany(r => r.History.Select(h => Record("relationship", r.Key.Municipality, r.Slug, r.Name, h, routes.Relationship(language, r.Key))));
        var memberships = index.Content.Networks
            .OrderBy(n => n.Slug, StringComparer.Ordinal)
            .SelectMany(n => n.Members.SelectMany(m => m.History.Select(h => Record("membership", m.Municipality, n.Slug, n.Name, h, routes.Network(language, n.Slug)))));
        return [.. relationships.Concat(memberships)];
    }
}
