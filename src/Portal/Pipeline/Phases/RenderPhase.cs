using System.Collections.Concurrent;
using Portal.Caching;
using Portal.Countries;
using Portal.Feeds;
using Portal.Markdown;
using Portal.OpenData;
using Portal.OpenData.Catalogue;
using Portal.Output;
using Portal.PostProcessing;
using Portal.Search;
using Portal.Sitemap;
using Portal.Templates;

namespace Portal.Pipeline.Phases;

/// <summary>The rendered site's link check, every page added to it: the check phase finishes it.</summary>
public sealed record RenderedSite(InternalLinkChecker Links);

/// <summary>
/// Phase 4, render: first the files beside the pages (open data, the sitemap, robots.txt, the theme's and the
/// content's assets) go to the output, so every path of the site is known; then Markdown and templates, in parallel,
/// each page going to the output and through the link check as soon as it is made, so neither its bytes nor its links
/// wait for the rest, and its text analysed for the search; then each language's search index; then the text of files
/// that have no page, so one build reports every problem of a file.
/// </summary>
public static class RenderPhase
{
    /// <param name="pages">
    /// The composed pages, each slot emptied once its page is written, so that a page's view does not outlive it.
    /// The caller does not read them again.
    /// </param>
    /// <param name="rendered">Called as each page is rendered, on the thread that rendered it, for progress.</param>
    /// <exception cref="ThemeErrors">Templates failed; the caller reports them at the theme's files.</exception>
    /// <exception cref="IOException">The output could not take a file (wrapped in an <see cref="AggregateException"/> when a page's).</exception>
    /// <param name="outputDisplay">The output folder as diagnostics show it.</param>
    /// <param name="templates">The theme's templates, ready to render; its theme is the one the pages render with.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped the render.</exception>
    public static RenderedSite Run(BoundSite site, PageDocument[] pages, TemplateRenderer templates, BuildCache cache, ISiteOutput output, string outputDisplay, DiagnosticBag diagnostics, Action rendered, CancellationToken cancellation = default)
    {
        var settings = site.Settings;
        var assets = site.Input.Raw.AssetPaths();
        var theme = templates.Theme;
        var markdown = Markdown(site, templates);
        cache.RenderedPages?.StartGeneration();
        cache.ParsedPages?.StartGeneration();
        var renderer = new PageRenderer(site, theme, templates, markdown, cache.RenderedPages);
        var paths = AddFilesBesidePages(site, pages, theme, renderer, output);
        paths.UnionWith(pages.Select(p => p.Route.Path));
        var pageSources = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var textsWithPages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages.Where(d => d.Body is not null))
        {
            pageSources.TryAdd(page.Route.Path, page.Body!.Source);
            textsWithPages.Add(page.Body!.Source.RelativePath);
        }

        var links = new InternalLinkChecker(paths, settings.BaseUrl.AbsolutePath, outputDisplay, pageSources);
        var search = settings.Search ? new SiteSearchIndex(settings.Languages, pages.Length, language => theme.StringsFor(language).Get, page => site.Routes.Search(page.Language).HrefTo(page.Route)) : null;
        var order = TextsTogether(pages);
        try
        {
            void RenderOne(int i)
            {
                var page = pages[i];
                pages[i] = null!; // its view is let go as soon as it is written
                var (file, body) = renderer.RenderWithBody(page, diagnostics);
                search?.Add(i, page, body);
                links.Add(file.Path, cache.ParsedPages is null ? ParsedPage.Parse(file.Content!) : cache.ParsedPages.GetOrAdd(ContentKey.Of(file.Content!), () => ParsedPage.Parse(file.Content!)));
                output.Add(file);
                rendered();
            }

            // In runs of neighbours taken as threads come free: the pages of one text mostly render on one thread.
            Parallel.ForEach(Partitioner.Create(0, pages.Length, RunLength), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation }, run =>
            {
                for (var n = run.Item1; n < run.Item2; n++)
                {
                    RenderOne(order[n]);
                }
            });
            cache.RenderedPages?.EndGeneration();
            cache.ParsedPages?.EndGeneration();
            if (search is not null)
            {
                Parallel.ForEach(search.Files(), output.Add);
            }

            // A text's chart is drawn by the theme, so a text without a page can meet a template error too.
            RenderTextsWithoutPages(site, textsWithPages, markdown, assets, diagnostics);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is ThemeException))
        {
            throw new ThemeErrors(ex.InnerExceptions.Cast<ThemeException>().DistinctBy(e => e.Message).ToList());
        }

        return new RenderedSite(links);
    }

    /// <summary>
    /// The given pages alone, rendered without the files beside them or the link check: a preview's first look at
    /// the pages open in a browser.
    /// </summary>
    /// <exception cref="ThemeErrors">Templates failed.</exception>
    public static IReadOnlyList<OutputFile> RenderPages(BoundSite site, IReadOnlyList<PageDocument> pages, TemplateRenderer templates, DiagnosticBag diagnostics)
    {
        var renderer = new PageRenderer(site, templates.Theme, templates, Markdown(site, templates));
        try
        {
            return [.. pages.Select(page => renderer.Render(page, diagnostics))];
        }
        catch (ThemeException ex)
        {
            throw new ThemeErrors([ex]);
        }
    }

    private static MarkdownRenderer Markdown(BoundSite site, TemplateRenderer templates) =>
        new(MarkdownPipelineFactory.Create(site.Settings.Limits), site.Input.Tables, templates);

    /// <summary>How many neighbouring pages a thread takes at a time.</summary>
    private const int RunLength = 16;

    /// <summary>
    /// The order to render the pages in: the pages that show one text (a text and the languages that show it
    /// untranslated) one after another, so that its HTML, rendered once, is kept only until they are done.
    /// </summary>
    private static int[] TextsTogether(PageDocument[] pages) =>
        [.. Enumerable.Range(0, pages.Length).OrderBy(i => pages[i].Body?.Source.RelativePath ?? string.Empty, StringComparer.Ordinal).ThenBy(i => i)];

    /// <summary>
    /// Puts the files beside the pages into the output first, so that they are not held while the pages render
    /// (at 25,000 relationships the sitemap and the open data are 50 MB), and returns their paths.
    /// </summary>
    private static HashSet<string> AddFilesBesidePages(BoundSite site, IReadOnlyList<PageDocument> pages, Theme theme, PageRenderer renderer, ISiteOutput output)
    {
        var sizes = new ByteCount();
        var files = FilesBesidePages(site, pages, theme, renderer, sizes);
        Parallel.ForEach(files, output.Add);

        // The open data's catalogue gives the files' sizes, counted as they were written just now.
        var catalogue = DcatRdfWriter.File(OpenDataCatalogue.Describe(site.Settings, sizes.Of));
        output.Add(catalogue);
        return files.Select(f => f.Path).Append(catalogue.Path).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The open data, the sitemap, robots.txt, the Atom feeds, the theme's assets and the content's assets.</summary>
    /// <param name="sizes">Counts the sizes of the files the open data's catalogue describes as they are written.</param>
    private static List<OutputFile> FilesBesidePages(BoundSite site, IReadOnlyList<PageDocument> pages, Theme theme, PageRenderer renderer, ByteCount sizes)
    {
        var settings = site.Settings;
        var routes = site.Routes;
        var raw = site.Input.Raw;
        var index = site.Default.Index;
        var files = new List<OutputFile>();
        files.AddRange(OpenDataWriter.Write(
            PartnerRecords.From(index, settings, routes, CountryNames.Shipped),
            PartnerRecords.NetworkSeats(index, settings, routes, CountryNames.Shipped),
            PartnerRecords.History(index, settings, routes)).Select(f => OpenDataCatalogue.Files.Contains(f.Path) ? sizes.Counted(f) : f));
        files.Add(SitemapWriter.Sitemap(settings.BaseUrl, pages.Where(d => d.InSitemap).Select(d =>
            (d.Route, (IReadOnlyList<(string, Route)>)settings.Languages.Select(l => (l, renderer.VersionIn(d.Route, d.Language, l))).ToList()))));
        files.Add(SitemapWriter.Robots(settings.BaseUrl));
        files.AddRange(site.Languages.SelectMany(l => SiteFeeds.For(l.Index, settings, routes, theme.StringsFor(l.Language).Get)).Select(AtomWriter.Write));
        // Without search, the browser's search scripts would be files no page uses.
        files.AddRange(theme.AssetsFor(settings.Search).Files);
        files.AddRange(raw.Assets.Select(a => OutputFile.Copy(SiteRoutes.Asset(a.RelativePath).Path, raw.InputDirectory, a.RelativePath)));
        return files;
    }

    /// <summary>
    /// A file whose keys could not be bound has no page, but its text is still checked, so that one build reports
    /// every problem of a file, not only the first kind.
    /// </summary>
    private static void RenderTextsWithoutPages(
        BoundSite site,
        IReadOnlySet<string> textsWithPages,
        MarkdownRenderer markdown,
        IReadOnlySet<string> assets,
        DiagnosticBag diagnostics)
    {
        var targets = new ConcurrentDictionary<string, LinkTargets>(StringComparer.Ordinal);
        Parallel.ForEach(site.Input.Raw.Documents.Where(d => !textsWithPages.Contains(d.Path.RelativePath)), document =>
        {
            var language = document.Path.Language ?? site.Settings.DefaultLanguage;
            var linkTargets = targets.GetOrAdd(language, l => new LinkTargets(site.In(l).ContentRoutes, assets));
            var from = linkTargets.ContentRoutes.GetValueOrDefault(document.Path.OriginalPath) ?? new Route("index.html");
            var text = new ContentText(language, false, document.Document.Body, document.Document.BodyFirstLine, document.Document.File);
            markdown.Render(text, new ContentLinkResolver(linkTargets, new PageLinks(from, null)), diagnostics);
        });
    }
}

/// <summary>The templates' errors of one render, each once.</summary>
public sealed class ThemeErrors(IReadOnlyList<ThemeException> errors) : Exception("the theme's templates failed")
{
    public IReadOnlyList<ThemeException> Errors => errors;
}
