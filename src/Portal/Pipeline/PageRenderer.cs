using System.Text.Json;
using Portal.Caching;
using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Model;
using Portal.Output;
using Portal.Pages;
using Portal.Pages.Views;
using Portal.Routing;
using Portal.Templates;

namespace Portal.Pipeline;

/// <summary>Turns a composed page into HTML: its body's Markdown, the shared frame (navigation, breadcrumbs, language versions) and its layout.</summary>
/// <param name="renderedPages">Pages rendered by an earlier build of the session, by their whole model and theme: a
/// page whose model did not change is not rendered again (a preview's rebuilds).</param>
public sealed class PageRenderer(
    SiteSettings site,
    SiteRoutes routes,
    Theme theme,
    MarkdownRenderer markdown,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, Route>> contentRoutesByLanguage,
    IReadOnlySet<string> assets,
    IReadOnlyDictionary<string, IReadOnlyList<FreePage>> footerPagesByLanguage,
    GenerationalCache<string>? renderedPages = null)
{
    private readonly TemplateRenderer _templates = new(theme);

    public OutputFile Render(PageDocument page, DiagnosticBag diagnostics)
    {
        var links = new PageLinks(page.Route, page.IsNotFound ? site.BaseUrl.AbsolutePath : null);
        var ui = theme.StringsFor(page.Language);
        RenderedMarkdown? body = page.Body is null
            ? null
            : markdown.Render(page.Body, new ContentLinkResolver(contentRoutesByLanguage[page.Language], assets, links), diagnostics);

        var siteTitle = site.Title.In(page.Language);
        var isHome = page.Route == routes.Home(page.Language);
        var model = new PageModel(
            page.Language,
            page.Title,
            isHome ? siteTitle : page.TitleQualifier is { } qualifier ? $"{page.Title} ({qualifier}) – {siteTitle}" : $"{page.Title} – {siteTitle}",
            MetaDescription.From(page.Summary, body?.FirstParagraph, page.GeneratedDescription, $"{page.Title} – {siteTitle}"),
            page.Route.AbsoluteUnder(site.BaseUrl),
            siteTitle,
            site.Publisher,
            links.To(routes.Home(page.Language)),
            links.To(SiteRoutes.Theme(string.Empty)),
            page.Breadcrumbs.Where(c => c.Route is not null).Select(c => new LinkView(links.To(c.Route!), c.Text)).ToList(),
            page.Breadcrumbs[^1].Text,
            Navigation(page, links, ui),
            Alternates(page, links, theme),
            footerPagesByLanguage[page.Language].Select(p => new LinkView(links.To(routes.FreePage(page.Language, p.Folder, p.Slug)), p.Title, p.Text.IsFallback ? p.Text.Language : null)).ToList(),
            new[] { "csv", "json", "geojson" }.Select(format => new LinkView(links.To(SiteRoutes.Data($"partners.{format}")), format.ToUpperInvariant())).ToList(),
            page.Layout,
            body is null ? null : new TrustedHtml(body.Html),
            page.Body?.IsFallback ?? false,
            page.Body?.Language ?? page.Language,
            page.BuildView(links));
        var html = renderedPages is null ? _templates.Render(model) : renderedPages.GetOrAdd(RenderKey(model), () => _templates.Render(model));
        return OutputFile.Text(page.Route.Path, html);
    }

    /// <summary>
    /// Names everything a template can see: the theme, and the page's model with its view, serialized whole (the
    /// models are records of records, strings and numbers, so their JSON holds every value a template can read).
    /// </summary>
    private string RenderKey(PageModel model) =>
        theme.Fingerprint + ContentKey.Of(JsonSerializer.SerializeToUtf8Bytes(model, RenderKeyOptions));

    private static readonly JsonSerializerOptions RenderKeyOptions = new() { IncludeFields = true };

    /// <summary>The route of the same page in another language: the language folder swapped.</summary>
    public Route VersionIn(Route route, string fromLanguage, string toLanguage)
    {
        var neutral = fromLanguage == site.DefaultLanguage ? route.Path : route.Path[(fromLanguage.Length + 1)..];
        return new Route(toLanguage == site.DefaultLanguage ? neutral : $"{toLanguage}/{neutral}");
    }

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
