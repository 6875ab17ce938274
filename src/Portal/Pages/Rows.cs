using System.Globalization;
using Portal.Countries;
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
            NameLang = r.TitleLanguage,
            LocalName = r.LocalName,
            LocalNameLang = LocalNameLanguage(r),
            Municipality = Municipality(r.Key.Municipality),
            MunicipalitySlug = r.Key.Municipality,
            CountryCode = r.Country,
            Country = Country(r.Country),
            Type = KebabName.Of(r.Type),
            Status = KebabName.Of(r.Status),
            Since = r.Since?.Year.ToString(CultureInfo.InvariantCulture),
            Until = r.Until?.Year.ToString(CultureInfo.InvariantCulture),
            EndUnknown = r.Status == RelationshipStatus.Ended && r.Until is null,
        };
    }

    /// <summary>
    /// The language of a partner's local name: as its file gives it, else the one CLDR finds most likely in its
    /// country; null when it has no local name, when it is the page's language (it needs no mark), or none is known.
    /// </summary>
    private string? LocalNameLanguage(Relationship r) =>
        r.LocalName is null ? null
        : (r.LocalNameLanguage ?? CountryLanguages.Shipped.MainLanguageOf(r.Country)) is { } language && !language.Equals(context.Language, StringComparison.OrdinalIgnoreCase) ? language
        : null;

    public IReadOnlyList<RelationshipRow> Relationships(IEnumerable<Relationship> relationships) =>
        relationships.OrderBy(r => r.Name, context.Collation).Select(Relationship).ToList();

    public NetworkRow Network(Network n) =>
        new(
            Link(context.Routes.Network(context.Language, n.Slug), n.Name, n.TitleLanguage),
            KebabName.Of(n.Kind),
            n.Country is null ? null : context.CountryName(n.Country));

    public IReadOnlyList<NetworkRow> Networks(IEnumerable<Network> networks) =>
        networks.OrderBy(n => n.Name, context.Collation).Select(Network).ToList();

    /// <summary>
    /// The networks a municipality is in, by name, then those it has left, by name: a row for each of its entries in a
    /// network's members (a municipality that left and joined again has two), and one without years for a network it
    /// is in only through a relationship. A membership with an end has ended.
    /// </summary>
    public IReadOnlyList<MembershipRow> Memberships(string municipality, IEnumerable<Network> networks) =>
        networks
            .SelectMany(n => n.Members.Where(m => m.Municipality == municipality).DefaultIfEmpty()
                .Select(m => (Network: n, Member: m)))
            .Select(p => (p.Network, Row: new MembershipRow(Network(p.Network), MembershipPeriod(p.Member), p.Member?.Until is not null), Since: p.Member?.Since))
            .OrderBy(p => p.Row.Ended)
            .ThenBy(p => p.Network.Name, context.Collation)
            .ThenBy(p => p.Since?.Year ?? int.MinValue)
            .Select(p => p.Row)
            .ToList();

    /// <summary>A membership's years in words: since a year while it goes on, until a year or between two once it has ended.</summary>
    private string? MembershipPeriod(NetworkMember? member) =>
        (member?.Since?.Year, member?.Until?.Year) switch
        {
            (null, null) => null,
            ({ } since, null) => Format("membership.since", since),
            (null, { } until) => Format("membership.until", until),
            ({ } since, { } until) => Format("membership.between", since, until),
        };

    private string Format(string key, params object[] years) =>
        string.Format(CultureInfo.InvariantCulture, context.Ui(key), years);

    public DecisionRow Decision(Decision d) =>
        new(
            Link(context.Routes.Decision(context.Language, d.Slug), d.Title, d.TitleLanguage),
            new DateView(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), context.FormatDate(d.Date)),
            KebabName.Of(d.Kind),
            context.MunicipalityName(d.Municipality),
            d.Reference);

    public IReadOnlyList<DecisionRow> Decisions(IEnumerable<Decision> decisions) =>
        decisions.OrderByDescending(d => d.Date).ThenBy(d => d.Slug, StringComparer.Ordinal).Select(Decision).ToList();

    /// <summary>A history's changes, oldest first; a note the translation does not give carries the original's language.</summary>
    public IReadOnlyList<HistoryRow> History(IEnumerable<HistoryEntry> history) =>
        history.Select(h => new HistoryRow(
            new DateView(h.Date.ToString(), context.FormatDate(h.Date)),
            KebabName.Of(h.Status),
            h.Decision is not null && context.Index.Decisions.TryGetValue(h.Decision, out var decision) ? Decision(decision).Link : null,
            h.Note,
            h.Note is null ? null : h.NoteLanguage)).ToList();

    /// <summary>Relationships grouped under their municipality's name, municipalities in alphabetical order.</summary>
    public IReadOnlyList<MunicipalityGroup> GroupedByMunicipality(IEnumerable<Relationship> relationships)
    {
        return relationships
            .GroupBy(r => r.Key.Municipality, StringComparer.Ordinal)
            .Select(g => new MunicipalityGroup(Municipality(g.Key), Relationships(g)))
            .OrderBy(g => g.Municipality.Text, context.Collation)
            .ToList();
    }

    /// <summary>Countries with their numbers of relationships and network seats, in alphabetical order.</summary>
    public IReadOnlyList<CountryRow> Countries(IEnumerable<string> codes) =>
        codes
            .Select(code => new CountryRow(
                links.To(context.Routes.Country(context.Language, code)),
                context.CountryName(code),
                context.Index.RelationshipsByCountry[code].Count(),
                context.Index.NetworksByCountry[code].Count()))
            .OrderBy(c => c.Name, context.Collation)
            .ToList();

    /// <summary>Municipalities' names and pages, in alphabetical order.</summary>
    public IReadOnlyList<LinkView> Municipalities(IEnumerable<Municipality> municipalities) =>
        municipalities.OrderBy(m => m.Name, context.Collation).Select(m => Link(context.Routes.Municipality(context.Language, m.Slug), m.Name)).ToList();

    /// <summary>A network's members in the order the network's file lists them.</summary>
    public IReadOnlyList<MemberRow> Members(IEnumerable<NetworkMember> members) =>
        members.Select(member => new MemberRow(
            Municipality(member.Municipality),
            member.Since?.Year.ToString(CultureInfo.InvariantCulture),
            member.Until?.Year.ToString(CultureInfo.InvariantCulture),
            member.Role,
            History(member.History))).ToList();

    /// <summary>A municipality's name and page; a key the index does not know (yet) shows as itself rather than failing the page.</summary>
    public LinkView Municipality(string key) =>
        new(links.To(context.Routes.Municipality(context.Language, key)), context.MunicipalityName(key));

    public LinkView Country(string code) =>
        new(links.To(context.Routes.Country(context.Language, code)), context.CountryName(code));

    public LinkView Link(Route route, string text, string? lang = null) => new(links.To(route), text, lang);
}
