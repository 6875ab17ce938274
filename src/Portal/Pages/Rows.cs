using System.Globalization;
using Portal.Pages.Views;

namespace Portal.Pages;

/// <summary>Builds the list rows that many pages share, with hrefs from the page being written.</summary>
public sealed class Rows(ComposeContext context, PageLinks links)
{
    public RelationshipRow Relationship(Relationship r)
    {
        return new RelationshipRow
        {
            Href = links.To(context.Routes.Relationship(context.Language, r.Key)),
            Name = r.Name,
            LocalName = r.LocalName,
            Municipality = Municipality(r.Key.Municipality),
            CountryCode = r.Country,
            Country = Country(r.Country),
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
        new()
        {
            Href = links.To(context.Routes.Network(context.Language, n.Slug)),
            Name = n.Name,
            Kind = KebabName.Of(n.Kind),
            CountryName = n.Country is null ? null : context.CountryName(n.Country),
            Lang = UntranslatedLanguage(n),
        };

    public IReadOnlyList<NetworkRow> Networks(IEnumerable<Network> networks) =>
        networks.OrderBy(n => n.Name, context.Collation).Select(Network).ToList();

    public DecisionRow Decision(Decision d) =>
        new()
        {
            Href = links.To(context.Routes.Decision(context.Language, d.Slug)),
            Title = d.Title,
            Date = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateText = context.FormatDate(d.Date),
            Kind = KebabName.Of(d.Kind),
            MunicipalityName = context.MunicipalityName(d.Municipality),
            Reference = d.Reference,
            Lang = UntranslatedLanguage(d),
        };

    public IReadOnlyList<DecisionRow> Decisions(IEnumerable<Decision> decisions) =>
        decisions.OrderByDescending(d => d.Date).ThenBy(d => d.Slug, StringComparer.Ordinal).Select(Decision).ToList();

    /// <summary>Relationships grouped under their municipality's name, municipalities in alphabetical order.</summary>
    public IReadOnlyList<MunicipalityGroup> GroupedByMunicipality(IEnumerable<Relationship> relationships)
    {
        return relationships
            .GroupBy(r => r.Key.Municipality, StringComparer.Ordinal)
            .Select(g => new MunicipalityGroup(Municipality(g.Key), Relationships(g)))
            .OrderBy(g => g.Municipality.Text, context.Collation)
            .ToList();
    }

    /// <summary>A network's members in the order the network's file lists them.</summary>
    public IReadOnlyList<MemberRow> Members(IEnumerable<NetworkMember> members) =>
        members.Select(member => new MemberRow(
            Municipality(member.Municipality),
            member.Since?.Year.ToString(CultureInfo.InvariantCulture),
            member.Until?.Year.ToString(CultureInfo.InvariantCulture),
            member.Role)).ToList();

    /// <summary>A municipality's name and page; a key the index does not know (yet) shows as itself rather than failing the page.</summary>
    public LinkView Municipality(string key) =>
        new(links.To(context.Routes.Municipality(context.Language, key)), context.MunicipalityName(key));

    public LinkView Country(string code) =>
        new(links.To(context.Routes.Country(context.Language, code)), context.CountryName(code));

    /// <summary>The language of an item's words when they stand untranslated on this page, else null.</summary>
    public static string? UntranslatedLanguage(IContentItem item) => item.Text.IsFallback ? item.Text.Language : null;

    public LinkView Link(Route route, string text, string? lang = null) => new(links.To(route), text, lang);
}
