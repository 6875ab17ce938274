using System.Collections.Concurrent;
using System.Text.Json;
using Portal.Caching;
using Portal.Feeds;
using Portal.Markdown;
using Portal.OpenData.Catalogue;
using Portal.Output;
using Portal.Pages.Views;
using Portal.Pipeline.Phases;
using Portal.Templates;

namespace Portal.Pipeline;

/// <summary>Turns a composed page into HTML: its body's Markdown, the shared frame (navigation, breadcrumbs, language versions) and its layout.</summary>
/// <param name="renderedPages">Pages rendered by an earlier build of the session, by their whole model and theme: a
/// page whose model did not change is not rendered again (a preview's rebuilds).</param>
public sealed class PageRenderer(
    BoundSite boundSite,
    Theme theme,
    TemplateRenderer templates,
    MarkdownRenderer markdown,
    GenerationalCache<byte[]>? renderedPages = null)
{
    private readonly SiteSettings site = boundSite.Settings;
    private readonly SiteRoutes routes = boundSite.Routes;
    private readonly IReadOnlySet<string> assets = boundSite.Input.Raw.AssetPaths();
    private readonly ConcurrentDictionary<string, LinkTargets> linkTargets = new(StringComparer.Ordinal);

    /// <summary>
    /// The navigation, footer and open data links, which are the same on every page of one folder in one language
    /// (links are relative to the page's folder): made once per folder, not on each of a large site's 50,000 pages.
    /// </summary>
    private readonly ConcurrentDictionary<FrameKey, SharedFrame> frames = new();

    public OutputFile Render(PageDocument page, DiagnosticBag diagnostics) => RenderWithBody(page, diagnostics).File;

    private LinkTargets LinkTargetsIn(string language) =>
        linkTargets.TryGetValue(language, out var targets) ? targets : linkTargets.GetOrAdd(language, new LinkTargets(boundSite.In(language).ContentRoutes, assets));

    /// <summary>The page's HTML file, and its text rendered (null when it has none), which the search indexes.</summary>
    public (OutputFile File, RenderedMarkdown? Body) RenderWithBody(PageDocument page, DiagnosticBag diagnostics)
    {
        var links = PageLinks.For(page.Route, page.IsNotFound, site.BaseUrl);
        var ui = theme.StringsFor(page.Language);
        RenderedMarkdown? body = page.Body is null
            ? null
            : markdown.Render(page.Body, new ContentLinkResolver(LinkTargetsIn(page.Language), links), diagnostics);

        var siteTitle = site.Title.In(page.Language);
        var isHome = page.Route == routes.Home(page.Language);
        var frame = frames.GetOrAdd(
            new FrameKey(page.Language, Route.FolderOf(page.Route.Path).ToString(), isHome, page.IsNotFound),
            static (_, state) => state.Renderer.Frame(state.Page, state.Links, state.Ui),
            (Renderer: this, Page: page, Links: links, Ui: ui));
        var model = new PageModel
        {
            Language = page.Language,
            Title = page.Title,
            DocumentTitle = isHome ? siteTitle : page.TitleQualifier is { } qualifier ? $"{page.Title} ({qualifier}) – {siteTitle}" : $"{page.Title} – {siteTitle}",
            Description = MetaDescription.From(page.Summary, body?.FirstParagraph, page.GeneratedDescription, $"{page.Title} – {siteTitle}"),
            CanonicalUrl = page.Route.AbsoluteUnder(site.BaseUrl),
            SiteTitle = siteTitle,
            Publisher = site.Publisher,
            HomeHref = links.To(routes.Home(page.Language)),
            ThemeHref = links.To(theme.AssetsFor(site.Search).Route(string.Empty)),
            Breadcrumbs = page.Breadcrumbs.Where(c => c.Route is not null).Select(c => new LinkView(links.To(c.Route!), c.Text)).ToList(),
            CurrentCrumb = page.Breadcrumbs[^1].Text,
            Navigation = frame.Navigation,
            Alternates = Alternates(page, links, theme),
            FooterLinks = frame.FooterLinks,
            SearchHref = frame.SearchHref,
            OpenData = frame.OpenData,
            Feeds = page.Feed is { } feed ? [frame.Feed, new LinkView(links.To(feed.Route), feed.Title)] : [frame.Feed],
            Body = body is null ? null : new TrustedHtml(body.Html),
            UntranslatedLanguage = page.Body is { IsFallback: true } untranslated ? untranslated.Language : null,
            TitleLanguage = page.TitleLanguage,
            View = page.View,
        };
        var html = renderedPages is null ? templates.Render(model) : renderedPages.GetOrAdd(RenderKey(model), () => templates.Render(model));
        return (new OutputFile(page.Route.Path, html), body);
    }

    /// <summary>
    /// Names everything a template can see: the theme, and the page's model with its view, serialized whole (the
    /// models are records of records, strings and numbers, so their JSON holds every value a template can read).
    /// </summary>
    /// <exception cref="NotSupportedException">A view type is missing from <see cref="RenderKeyContext"/>.</exception>
    private string RenderKey(PageModel model) =>
        theme.Fingerprint + ContentKey.Of(JsonSerializer.SerializeToUtf8Bytes(model, RenderKeyContext.Default.PageModel))
        + ContentKey.Of(JsonSerializer.SerializeToUtf8Bytes(model.View, model.View.GetType(), RenderKeyContext.Default)); // by its own type: PageView alone has only its layout

    /// <summary>The route of the same page in another language: the language folder swapped.</summary>
    public Route VersionIn(Route route, string fromLanguage, string toLanguage)
    {
        var neutral = fromLanguage == site.DefaultLanguage ? route.Path : route.Path[(fromLanguage.Length + 1)..];
        return new Route(toLanguage == site.DefaultLanguage ? neutral : $"{toLanguage}/{neutral}");
    }

    /// <summary>What <paramref name="page"/> shares with the other pages of its folder, in its language.</summary>
    private SharedFrame Frame(PageDocument page, PageLinks links, UiStrings ui) => new(
        Navigation(page, links, ui),
        boundSite.In(page.Language).Content.Pages.Select(p => new LinkView(links.To(routes.FreePage(page.Language, p.Folder, p.Slug)), p.Title, p.TitleLanguage)).ToList(),
        [.. new[] { "csv", "json", "geojson" }.Select(format => new LinkView(links.To(SiteRoutes.Data($"partners.{format}")), format.ToUpperInvariant())), new LinkView(links.To(OpenDataCatalogue.Route), "DCAT-AP-SE")],
        site.Search ? links.To(routes.Search(page.Language)) : null,
        new LinkView(links.To(routes.Feed(page.Language)), FeedTitles.Portal(ui.Get, page.Language, site.Title.In(page.Language))));

    /// <summary>Pages that share their frame: one language's pages of a folder, the home page apart (its link is the current one), and the 404 page apart (its links are absolute).</summary>
    private readonly record struct FrameKey(string Language, string Folder, bool IsHome, bool IsNotFound);

    private sealed record SharedFrame(IReadOnlyList<NavLink> Navigation, IReadOnlyList<LinkView> FooterLinks, IReadOnlyList<LinkView> OpenData, string? SearchHref, LinkView Feed);

    private IReadOnlyList<NavLink> Navigation(PageDocument page, PageLinks links, UiStrings ui)
    {
        Section[] sections = [Section.Relationships, Section.Countries, Section.Networks, Section.Decisions, Section.Municipalities];
        var home = routes.Home(page.Language);
        var items = new List<NavLink> { new(links.To(home), ui.Get("nav.home"), page.Route == home) };
        foreach (var section in sections)
        {
            var index = routes.SectionIndex(page.Language, section);
            var folder = index.Path[..index.Path.LastIndexOf('/')];
            items.Add(new NavLink(links.To(index), ui.Get($"section.{SiteRoutes.Folders[section]}"), page.Route.Path.StartsWith(folder + "/", StringComparison.Ordinal)));
        }

        return items;
    }

    private IReadOnlyList<AlternateView> Alternates(PageDocument page, PageLinks links, Theme theme) =>
        site.Languages.Select(language =>
        {
            var version = VersionIn(page.Route, page.Language, language);
            return new AlternateView(
                language,
                links.To(version),
                version.AbsoluteUnder(site.BaseUrl),
                theme.StringsFor(language).Get("language.name"),
                language == page.Language);
        }).ToList();
}
