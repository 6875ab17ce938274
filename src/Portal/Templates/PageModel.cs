using Portal.Pages.Views;

namespace Portal.Templates;

/// <summary>What <c>base.sbn</c> and every layout get as <c>page</c>.</summary>
public sealed record PageModel(
    string Language,
    string Title,
    string DocumentTitle,
    string Description,
    string CanonicalUrl,
    string SiteTitle,
    string Publisher,
    string HomeHref,
    string ThemeHref,
    IReadOnlyList<LinkView> Breadcrumbs,
    string CurrentCrumb,
    IReadOnlyList<NavLink> Navigation,
    IReadOnlyList<AlternateView> Alternates,
    IReadOnlyList<LinkView> FooterLinks,
    IReadOnlyList<LinkView> OpenData,
    string Layout,
    TrustedHtml? Body,
    bool BodyIsFallback,
    string BodyLanguage,
    object View);

public sealed record NavLink(string Href, string Text, bool IsCurrent);
