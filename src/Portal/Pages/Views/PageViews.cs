using Portal.Templates;


namespace Portal.Pages.Views;

public sealed record HomeView(
    int RelationshipCount,
    int CountryCount,
    int MunicipalityCount,
    int NetworkCount,
    int DecisionCount,
    IReadOnlyList<StatisticView> ByStatus,
    IReadOnlyList<StatisticView> ByType,
    IReadOnlyList<DecisionRow> LatestDecisions,
    IReadOnlyList<LinkView> Municipalities,
    IReadOnlyList<LinkView> Pages,
    string RelationshipsHref,
    string CountriesHref,
    string NetworksHref,
    string DecisionsHref,
    string MunicipalitiesHref,
    string? Description,
    TrustedHtml Map,
    IReadOnlyList<CountryRow> Countries);

public sealed record MunicipalityView(
    string Name,
    string Kind,
    string? County,
    string? Website,
    string Position,
    IReadOnlyList<RelationshipRow> Relationships,
    IReadOnlyList<NetworkRow> Networks,
    IReadOnlyList<DecisionRow> Decisions,
    TrustedHtml Map,
    TrustedHtml? Timeline);

public sealed record RelationshipView(
    RelationshipRow Row,
    string? SinceText,
    string? UntilText,
    string? Region,
    string Position,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> Financing,
    LinkView? Network,
    int? MemberCount,
    int? MemberCountYear,
    string? Website,
    IReadOnlyList<DecisionRow> Decisions,
    TrustedHtml Map);

public sealed record NetworkView(
    string Name,
    string Kind,
    string? Website,
    string? CountryName,
    string? CountryHref,
    IReadOnlyList<MemberRow> Members,
    IReadOnlyList<RelationshipRow> Relationships,
    IReadOnlyList<DecisionRow> Decisions,
    TrustedHtml? Map);

public sealed record DocumentView(string Href, string Label, bool IsExternal);

public sealed record DecisionView(
    DecisionRow Row,
    string Body,
    string? Outcome,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<RelationshipRow> Relationships,
    IReadOnlyList<NetworkRow> Networks);

public sealed record CountryView(
    string Code,
    string Name,
    IReadOnlyList<MunicipalityGroup> Groups,
    IReadOnlyList<NetworkRow> Networks,
    TrustedHtml Map);

public sealed record RelationshipIndexView(IReadOnlyList<MunicipalityGroup> Groups, int Count);

public sealed record CountryIndexView(IReadOnlyList<CountryRow> Countries);

public sealed record NetworkIndexView(IReadOnlyList<NetworkRow> Networks);

public sealed record DecisionIndexView(IReadOnlyList<DecisionRow> Decisions);

public sealed record MunicipalityIndexView(IReadOnlyList<LinkView> Municipalities);

public sealed record FreePageView(string Title);

/// <summary>
/// The accessibility statement in the form DIGG prescribes: the publisher's facts from site.yml around the editor's
/// text on the known shortcomings. <paramref name="Compliance"/> is full, partial or none. <paramref name="ContactHref"/>
/// links the contact when it is an e-mail address or a web address, and is null otherwise.
/// </summary>
public sealed record AccessibilityStatementView(
    string SiteTitle,
    string Publisher,
    string Contact,
    string? ContactHref,
    string? Phone,
    string Compliance,
    string? Assessed,
    string? Updated,
    string ComplaintUrl);

public sealed record NotFoundView(string HomeHref);
