using Portal.Caching;
using Portal.Countries;
using Portal.Markdown;
using Portal.OpenData;
using Portal.Output;
using Portal.Sitemap;
using Portal.Templates;

namespace Portal.Pipeline.Phases;

/// <summary>The site as files: every page rendered, and the files beside them.</summary>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Files);

/// <summary>
/// Phase 4, render: Markdown and templates, in parallel (the output order is fixed by path, not by thread); the text
/// of files that have no page, so one build reports every problem of a file; then open data, the sitemap, robots.txt,
/// the theme's assets and the content's assets.
/// </summary>
public static class RenderPhase
{
    /// <param name="rendered">Called as each page is rendered, on the thread that rendered it, for progress.</param>
    /// <exception cref="ThemeException">A template failed; the caller reports it at the theme file.</exception>
    public static RenderedSite Run(BoundSite site, IReadOnlyList<PageDocument> pages, Theme theme, GenerationalCache<string>? renderedPages, DiagnosticBag diagnostics, Action rendered)
    {
        var settings = site.Settings;
        var routes = site.Routes;
        var raw = site.Input.Raw;
        var assets = raw.AssetPaths();
        // One renderer for the pages and the charts in their texts: it keeps the component calls it has parsed.
        var templates = new TemplateRenderer(theme);
        var markdown = new MarkdownRenderer(MarkdownPipelineFactory.Create(settings.Limits), site.Input.Tables, templates);
        renderedPages?.StartGeneration();
        var renderer = new PageRenderer(site, theme, templates, markdown, renderedPages);
        OutputFile[] pageFiles;
        try
        {
            pageFiles = pages.AsParallel().AsOrdered().Select(d =>
            {
                var file = renderer.Render(d, diagnostics);
                rendered();
                return file;
            }).ToArray();

            // A text's chart is drawn by the theme, so a text without a page can meet a template error too.
            RenderTextsWithoutPages(site, pages, markdown, assets, diagnostics);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is ThemeException))
        {
            throw new ThemeErrors(ex.InnerExceptions.Cast<ThemeException>().DistinctBy(e => e.Message).ToList());
        }

        var files = new List<OutputFile>(pageFiles);
        var index = site.Default.Index;
        files.AddRange(OpenDataWriter.Write(
            PartnerRecords.From(index, settings, routes, CountryNames.Shipped),
            PartnerRecords.NetworkSeats(index, settings, routes, CountryNames.Shipped)));
        files.Add(SitemapWriter.Sitemap(settings.BaseUrl, pages.Where(d => d.InSitemap).Select(d =>
            (d.Route, (IReadOnlyList<(string, Route)>)settings.Languages.Select(l => (l, renderer.VersionIn(d.Route, d.Language, l))).ToList()))));
        files.Add(SitemapWriter.Robots(settings.BaseUrl));
        files.AddRange(theme.OutputFiles());
        files.AddRange(raw.Assets.Select(a => OutputFile.Copy(SiteRoutes.Asset(a.RelativePath).Path, raw.InputDirectory, a.RelativePath)));
        return new RenderedSite(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// A file whose keys could not be bound has no page, but its text is still checked, so that one build reports
    /// every problem of a file, not only the first kind.
    /// </summary>
    private static void RenderTextsWithoutPages(
        BoundSite site,
        IReadOnlyList<PageDocument> pages,
        MarkdownRenderer markdown,
        IReadOnlySet<string> assets,
        DiagnosticBag diagnostics)
    {
        var rendered = pages.Where(p => p.Body is not null).Select(p => p.Body!.Source.RelativePath).ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(site.Input.Raw.Documents.Where(d => !rendered.Contains(d.Path.RelativePath)), document =>
        {
            var language = document.Path.Language ?? site.Settings.DefaultLanguage;
            var routes = site.In(language).ContentRoutes;
            var from = routes.GetValueOrDefault(document.Path.OriginalPath) ?? new Route("index.html");
            var text = new ContentText(language, false, document.Document.Body, document.Document.BodyFirstLine, document.Document.File);
            markdown.Render(text, new ContentLinkResolver(routes, assets, new PageLinks(from, null)), diagnostics);
        });
    }
}

/// <summary>The templates' errors of one render, each once.</summary>
public sealed class ThemeErrors(IReadOnlyList<ThemeException> errors) : Exception("the theme's templates failed")
{
    public IReadOnlyList<ThemeException> Errors => errors;
}
