using Portal.Charts;
using Portal.Templates;

namespace Portal.Pages.Views;

/// <summary>
/// A link as templates show it: an href relative to the page, and its text. <paramref name="Lang"/> is set when the
/// text is in another language than the page (an untranslated page's title), so screen readers pronounce it right.
/// </summary>
public sealed record LinkView(string Href, string Text, string? Lang = null);

/// <summary>The same page in another language, for the language switch and hreflang.</summary>
public sealed record AlternateView(string Language, string Href, string AbsoluteUrl, string NativeName, bool IsCurrent);

/// <summary>
/// One relationship in a list or table; built by name, as its names side by side could be swapped unnoticed. Its
/// municipality and country are links, each name with its href, so a name cannot be paired with another's page.
/// </summary>
public sealed record RelationshipRow
{
    public required string Href { get; init; }

    public required string Name { get; init; }

    /// <summary>The language <see cref="Name"/> is written in, where it is not the page's (untranslated): its <c>lang</c>.</summary>
    public required string? NameLang { get; init; }

    public required string? LocalName { get; init; }

    /// <summary>The language <see cref="LocalName"/> is written in, where it is not the page's: its <c>lang</c>.</summary>
    public required string? LocalNameLang { get; init; }

    public required LinkView Municipality { get; init; }

    /// <summary>The municipality's slug, as a filtered search's address names it; <see cref="Municipality"/> is its name and page.</summary>
    public required string MunicipalitySlug { get; init; }

    /// <summary>The partner's country's ISO code; <see cref="Country"/> is its name and page.</summary>
    public required string CountryCode { get; init; }

    public required LinkView Country { get; init; }

    public required string Type { get; init; }

    public required string Status { get; init; }

    public required string? Since { get; init; }

    public required string? Until { get; init; }

    /// <summary>It has ended, but no one knows when.</summary>
    public required bool EndUnknown { get; init; }
}

/// <summary>A network in a list: its name, linked, then its kind and seat.</summary>
public sealed record NetworkRow(LinkView Link, string Kind, string? CountryName);

/// <summary>
/// A network a municipality is or was in, as its page lists it: the network, then the membership's years as the page's
/// language says them (<c>medlem sedan 2005</c>, <c>medlem 2005–2011</c>; null when its file gives none, or the
/// municipality is there only through a relationship), and whether it has ended, which the page says in words.
/// </summary>
public sealed record MembershipRow(NetworkRow Network, string? Period, bool Ended);

/// <summary>A date as a page shows it: ISO for <c>&lt;time datetime&gt;</c>, and the text as readers of the page's language write it.</summary>
public sealed record DateView(string Iso, string Text);

/// <summary>A decision in a list: its title, linked (marked with its language when it stands untranslated), then its date, kind, body and reference.</summary>
public sealed record DecisionRow(LinkView Link, DateView Date, string Kind, string MunicipalityName, string? Reference);

/// <summary>
/// One change of status in a history: its date, the status from then, the decision behind it, and the editor's note
/// (with the language it is written in where the page is in another).
/// </summary>
public sealed record HistoryRow(DateView Date, string Status, LinkView? Decision, string? Note, string? NoteLang);

/// <summary>A municipality's membership of a network; a membership has no status, so its end is never "unknown".</summary>
public sealed record MemberRow(LinkView Municipality, string? Since, string? Until, string? Role, IReadOnlyList<HistoryRow> History)
{
    public bool EndUnknown => false;
}

public sealed record CountryRow(string Href, string Name, int RelationshipCount, int NetworkCount);

/// <summary>Relationships under one municipality's name, as a country page groups them.</summary>
public sealed record MunicipalityGroup(LinkView Municipality, IReadOnlyList<RelationshipRow> Relationships);

public sealed record StatisticView(string Key, int Count);

/// <summary>One entry of a pagination: a page's number and href, or a gap (<paramref name="Number"/> 0, no href).</summary>
public sealed record PageNumberView(int Number, string? Href, bool IsCurrent);

/// <summary>The way between the pages of a long list: shown only when there is more than one page.</summary>
public sealed record PaginationView(int Current, int Count, string? PreviousHref, string? NextHref, IReadOnlyList<PageNumberView> Pages);

/// <summary>
/// A section of the site as the home page offers it: <paramref name="Name"/> names its words (<c>home.relationships</c>),
/// <paramref name="Folder"/> its index's (<c>section.samarbeten</c>).
/// </summary>
public sealed record SectionSummary(string Name, string Folder, string Href, int Count);

/// <summary>A timeline drawn, and which of its styles its legend explains.</summary>
public sealed record TimelineView(TrustedHtml Svg, TimelineKey Key);
