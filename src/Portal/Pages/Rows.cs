using System.Globalization;
using Portal.Model;
using Portal.Pages.Views;
using Portal.Routing;

namespace Portal.Pages;

/// <summary>Builds the list rows that many pages share, with hrefs from the page being written.</summary>
public sealed class Rows(ComposeContext context, PageLinks links)
{
    public RelationshipRow Relationship(Relationship r)
    {
        var routes = context.Routes;
        var language = context.Language;
        var municipalityName = context.Index.Municipalities.TryGetValue(r.Key.Municipality, out var m) ? m.Name : r.Key.Municipality;
        return new RelationshipRow
        {
            Href = links.To(routes.Relationship(language, r.Key)),
            Name = r.Name,
            LocalName = r.LocalName,
            MunicipalityName = municipalityName,
            MunicipalityHref = links.To(routes.Municipality(language, r.Key.Municipality)),
            Country = r.Country,
            CountryName = context.CountryName(r.Country),
            CountryHref = links.To(routes.Country(language, r.Country)),
            Type = KebabName.Of(r.Type),
            Status = KebabName.Of(r.Status),
            Since = r.Since?.Year.ToString(CultureInfo.InvariantCulture),
            Until = r.Until?.Year.ToString(CultureInfo.InvariantCulture),
            EndUnknown = r.Status == RelationshipStatus.Ended && r.Until is null,
        };
    }

    public IReadOnlyList<RelationshipRow> Relationships(IEnumerable<Relationship> relationships) =>
        relationships.OrderBy(r => r.Name, context.Collation).Select(Relationship).ToList();

    public NetworkRow Network(Network n) =>
        new(
            links.To(context.Routes.Network(context.Language, n.Slug)),
            n.Name,
            KebabName.Of(n.Kind),
            n.Country is null ? null : context.CountryName(n.Country),
            UntranslatedLanguage(n));

    public IReadOnlyList<NetworkRow> Networks(IEnumerable<Network> networks) =>
        networks.OrderBy(n => n.Name, context.Collation).Select(Network).ToList();

    public DecisionRow Decision(Decision d) =>
        new(
            links.To(context.Routes.Decision(context.Language, d.Slug)),
            d.Title,
            d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            context.FormatDate(d.Date),
            KebabName.Of(d.Kind),
            context.Index.Municipalities.TryGetValue(d.Municipality, out var m) ? m.Name : d.Municipality,
            d.Reference,
            UntranslatedLanguage(d));

    public IReadOnlyList<DecisionRow> Decisions(IEnumerable<Decision> decisions) =>
        decisions.OrderByDescending(d => d.Date).ThenBy(d => d.Slug, StringComparer.Ordinal).Select(Decision).ToList();

    /// <summary>Relationships grouped under their municipality's name, municipalities in alphabetical order.</summary>
    public IReadOnlyList<MunicipalityGroup> GroupedByMunicipality(IEnumerable<Relationship> relationships)
    {
        return relationships
            .GroupBy(r => r.Key.Municipality, StringComparer.Ordinal)
            .Select(g => new MunicipalityGroup(
                context.Index.Municipalities.TryGetValue(g.Key, out var m) ? m.Name : g.Key,
                links.To(context.Routes.Municipality(context.Language, g.Key)),
                Relationships(g)))
            .OrderBy(g => g.Name, context.Collation)
            .ToList();
    }

    /// <summary>The language of an item's words when they stand untranslated on this page, else null.</summary>
    public static string? UntranslatedLanguage(IContentItem item) => item.Text.IsFallback ? item.Text.Language : null;

    public LinkView Link(Route route, string text, string? lang = null) => new(links.To(route), text, lang);
}
