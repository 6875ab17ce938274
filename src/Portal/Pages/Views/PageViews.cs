using Portal.Maps;
using Portal.Templates;

namespace Portal.Pages.Views;

/// <summary>What a layout shows: each page kind's view type names its layout, so a page cannot pair a view with another kind's layout.</summary>
public abstract record PageView
{
    public abstract string Layout { get; }

    /// <summary>The layout of a section's index: <c>index-samarbeten</c>, named after the section's folder.</summary>
    protected static string IndexLayout(Section section) => $"index-{SiteRoutes.Folders[section]}";
}

/// <summary>The home page: the portal's numbers, a way into each section, the latest decisions and the world map.</summary>
public sealed record HomeView : PageView
{
    public override string Layout => "home";

    /// <summary>Every section, with its index's href and how many items it has, in the order the home page counts them.</summary>
    public required IReadOnlyList<SectionSummary> Sections { get; init; }

    public required string DecisionsHref { get; init; }

    public required IReadOnlyList<StatisticView> ByStatus { get; init; }

    public required IReadOnlyList<StatisticView> ByType { get; init; }

    public required IReadOnlyList<DecisionRow> LatestDecisions { get; init; }

    public required string? Description { get; init; }

    public required MapFigure? Map { get; init; }

    public required IReadOnlyList<CountryRow> Countries { get; init; }

    public required IReadOnlyList<LinkView> Municipalities { get; init; }

    public required IReadOnlyList<LinkView> Pages { get; init; }
}

/// <summary>A municipality's page; built by name, as its many strings side by side could be swapped unnoticed.</summary>
public sealed record MunicipalityView : PageView
{
    public override string Layout => "municipality";

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required string? County { get; init; }

    public required string? Website { get; init; }

    public required string Position { get; init; }

    public required IReadOnlyList<RelationshipRow> Relationships { get; init; }

    /// <summary>The networks it is in, then those it has left, each with its membership's years.</summary>
    public required IReadOnlyList<MembershipRow> Networks { get; init; }

    public required IReadOnlyList<DecisionRow> Decisions { get; init; }

    public required MapFigure? Map { get; init; }

    public required TimelineView? Timeline { get; init; }

    /// <summary>The visible link to the municipality's Atom feed.</summary>
    public required LinkView Feed { get; init; }
}

/// <summary>A relationship's page; built by name, as its many optional strings side by side could be swapped unnoticed.</summary>
public sealed record RelationshipView : PageView
{
    public override string Layout => "relationship";

    public required RelationshipRow Row { get; init; }

    /// <summary>When it began, as readers of the page's language write a date; null when no one knows.</summary>
    public required string? SinceText { get; init; }

    /// <summary>When it ended; null while it goes on, or when it has ended (<see cref="HasEnded"/>) and no one knows when.</summary>
    public required string? UntilText { get; init; }

    /// <summary>
    /// Whether it has ended: its status says so, or its file gives an end. The page then says when it ended, or that
    /// no one knows, under a label that cannot be read as the time its status began.
    /// </summary>
    public required bool HasEnded { get; init; }

    public required string? Region { get; init; }

    public required string Position { get; init; }

    public required IReadOnlyList<string> Areas { get; init; }

    public required IReadOnlyList<string> Financing { get; init; }

    public required LinkView? Network { get; init; }

    public required int? MemberCount { get; init; }

    public required int? MemberCountYear { get; init; }

    public required string? Website { get; init; }

    public required IReadOnlyList<DecisionRow> Decisions { get; init; }

    /// <summary>Its changes of status, oldest first; empty when its file gives no history.</summary>
    public required IReadOnlyList<HistoryRow> History { get; init; }

    /// <summary>Its history drawn as a timeline of status periods; null without a history.</summary>
    public required TimelineView? Timeline { get; init; }

    public required MapFigure? Map { get; init; }
}

/// <summary>A network's page; built by name, as its name and website could be swapped unnoticed. <see cref="Country"/> is its seat, if it has one.</summary>
public sealed record NetworkView : PageView
{
    public override string Layout => "network";

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required string? Website { get; init; }

    public required LinkView? Country { get; init; }

    public required IReadOnlyList<MemberRow> Members { get; init; }

    /// <summary>Whether a member's file gives its history: the members' table then has a column for it.</summary>
    public bool MembersHaveHistory => Members.Any(m => m.History.Count > 0);

    public required IReadOnlyList<RelationshipRow> Relationships { get; init; }

    public required IReadOnlyList<DecisionRow> Decisions { get; init; }

    public required MapFigure? Map { get; init; }
}

public sealed record DocumentView(string Href, string Label, bool IsExternal);

/// <param name="BodyLang">The language of who decided, when it is not the page's (a name in the original's language).</param>
public sealed record DecisionView(
    DecisionRow Row,
    string Body,
    string? BodyLang,
    string? Outcome,
    string? OutcomeLang,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<RelationshipRow> Relationships,
    IReadOnlyList<NetworkRow> Networks) : PageView
{
    public override string Layout => "decision";
}

/// <summary>
/// A country's page: a hundred of its relationships, by municipality, a page. The first page also has the map and the
/// networks seated there; later pages continue the list.
/// </summary>
public sealed record CountryView(
    string Code,
    string Name,
    IReadOnlyList<MunicipalityGroup> Groups,
    IReadOnlyList<NetworkRow> Networks,
    MapFigure? Map,
    PaginationView Pagination) : PageView
{
    public override string Layout => "country";
}

/// <summary>One page of the relationships, by municipality; <paramref name="Count"/> is all of them, on every page.</summary>
public sealed record RelationshipIndexView(IReadOnlyList<MunicipalityGroup> Groups, int Count, PaginationView Pagination) : PageView
{
    public override string Layout => IndexLayout(Section.Relationships);
}

public sealed record CountryIndexView(IReadOnlyList<CountryRow> Countries) : PageView
{
    public override string Layout => IndexLayout(Section.Countries);
}

public sealed record NetworkIndexView(IReadOnlyList<NetworkRow> Networks, PaginationView Pagination) : PageView
{
    public override string Layout => IndexLayout(Section.Networks);
}

public sealed record DecisionIndexView(IReadOnlyList<DecisionRow> Decisions, PaginationView Pagination) : PageView
{
    public override string Layout => IndexLayout(Section.Decisions);
}

public sealed record MunicipalityIndexView(IReadOnlyList<LinkView> Municipalities) : PageView
{
    public override string Layout => IndexLayout(Section.Municipalities);
}

public sealed record FreePageView(string Title) : PageView
{
    public override string Layout => "page";
}

/// <summary>
/// The accessibility statement in the form DIGG prescribes: the publisher's facts from site.yml around the editor's
/// text on the known shortcomings. <paramref name="Compliance"/> is full, partial or none. <paramref name="ContactKind"/>
/// says what the contact is, email, web or other, and so how the page names it; <paramref name="ContactHref"/> links
/// it when it is an e-mail address or a web address, and is null otherwise.
/// </summary>
public sealed record AccessibilityStatementView(
    string SiteTitle,
    string Publisher,
    string Contact,
    string ContactKind,
    string? ContactHref,
    string? Phone,
    string Compliance,
    string? Assessed,
    string? Updated,
    string ComplaintUrl) : PageView
{
    public override string Layout => "accessibility-statement";
}

/// <summary>A value a search filter offers: its key, as the address carries it, and its name in the page's language.</summary>
public sealed record FilterOption(string Value, string Label);

/// <summary>One of the search's filters on the relationships: its key in the address (<c>status</c>) and its values.</summary>
public sealed record SearchFilter(string Name, string Label, IReadOnlyList<FilterOption> Options);

/// <summary>
/// The search page: the field and the filters the script makes live, the index's manifest it reads
/// (<paramref name="IndexHref"/>), and, for a reader without scripts, the ways to browse instead (<paramref name="Browse"/>).
/// </summary>
public sealed record SearchView(string IndexHref, string ScriptHref, IReadOnlyList<SearchFilter> Filters, IReadOnlyList<LinkView> Browse) : PageView
{
    public override string Layout => "search";
}

public sealed record NotFoundView(string HomeHref) : PageView
{
    public override string Layout => "404";
}
