using Portal.Pages.Views;

namespace Portal.Templates;

/// <summary>What <c>base.sbn</c> and every layout get as <c>page</c>; built by name, since many of its values are strings side by side.</summary>
public sealed record PageModel
{
    public required string Language { get; init; }

    public required string Title { get; init; }

    public required string DocumentTitle { get; init; }

    public required string Description { get; init; }

    public required string CanonicalUrl { get; init; }

    public required string SiteTitle { get; init; }

    public required string Publisher { get; init; }

    public required string HomeHref { get; init; }

    public required string ThemeHref { get; init; }

    public required IReadOnlyList<LinkView> Breadcrumbs { get; init; }

    public required string CurrentCrumb { get; init; }

    public required IReadOnlyList<NavLink> Navigation { get; init; }

    public required IReadOnlyList<AlternateView> Alternates { get; init; }

    public required IReadOnlyList<LinkView> FooterLinks { get; init; }

    public required IReadOnlyList<LinkView> OpenData { get; init; }

    /// <summary>The Atom feeds the page's head advertises: the portal's first, then the feed of what the page is about.</summary>
    public required IReadOnlyList<LinkView> Feeds { get; init; }

    /// <summary>The search page, where the header's search field sends its query; null when the site has no search.</summary>
    public required string? SearchHref { get; init; }

    /// <summary>The view's layout, read from the view so the two cannot disagree.</summary>
    public string Layout => View.Layout;

    public required TrustedHtml? Body { get; init; }

    /// <summary>
    /// The language of the text when it stands untranslated (shown from another language), else null: one value, so a
    /// template cannot mark a language without knowing the text is untranslated.
    /// </summary>
    public required string? UntranslatedLanguage { get; init; }

    /// <summary>The language of the title when it stands untranslated, else null. A translation may give the one and not the other.</summary>
    public required string? TitleLanguage { get; init; }

    public required PageView View { get; init; }
}

public sealed record NavLink(string Href, string Text, bool IsCurrent);
