using System.Diagnostics;
using Portal.Binding;
using Portal.Countries;
using Portal.CrossReferences;
using Portal.Data;
using Portal.Diagnostics;
using Portal.Geography;
using Portal.Input;
using Portal.Maps;
using Portal.Maps.Rendering;
using Portal.Markdown;
using Portal.Model;
using Portal.OpenData;
using Portal.Output;
using Portal.Pages;
using Portal.Pages.Sources;
using Portal.PostProcessing;
using Portal.Routing;
using Portal.Sitemap;
using Portal.Templates;

namespace Portal.Pipeline;

/// <summary>
/// The whole build, in phases read top to bottom: read the input, bind it to the model, index the links between
/// content, compose the pages, render them, add the site files, check the links, and write atomically.
/// Nothing is written unless the build has no error.
/// </summary>
public static class PortalBuild
{
    private static readonly IPageSource[] PageSources =
    [
        new HomePage(), new SectionIndexPages(), new MunicipalityPages(), new RelationshipPages(), new NetworkPages(),
        new DecisionPages(), new CountryPages(), new FreePages(), new NotFoundPage(),
    ];

    public static BuildResult Run(BuildOptions options, BuildCache? cache = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var files = Generate(options, diagnostics, cache);
        var pages = 0;
        if (files is not null && !diagnostics.HasErrors && Write(options, files, diagnostics))
        {
            pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        }

        return new BuildResult(diagnostics.Sorted(), pages, diagnostics.HasErrors ? 0 : files?.Count ?? 0, clock.Elapsed);
    }

    /// <summary>
    /// Writes the site atomically; false, with the reason as an error, when it cannot be written (another build holds
    /// the output folder, the disk is full, a file to copy turned into a link). The previous output is then as it was.
    /// </summary>
    public static bool Write(BuildOptions options, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        try
        {
            AtomicSiteWriter.Write(Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory), files);
            return true;
        }
        catch (IOException ex)
        {
            diagnostics.Error(DiagnosticCodes.OutputFolder, SourceLocation.StartOf(options.OutputDirectory), $"the site could not be written: {ex.Message}");
            return false;
        }
    }

    /// <summary>Everything a build would write, or null when the input cannot be built at all.</summary>
    /// <param name="cache">What earlier builds of the same session computed that this one may reuse (preview);
    /// null for a build of its own.</param>
    public static IReadOnlyList<OutputFile>? Generate(BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        cache ??= new BuildCache();
        // Phase 1, input: site settings first (their languages name the translation files), then the rest in parallel.
        var reader = new ContentReader(Path.GetFullPath(options.InputDirectory, options.WorkingDirectory), options.WorkingDirectory);
        if (!Directory.Exists(reader.InputDirectory))
        {
            diagnostics.Error(DiagnosticCodes.ContentFolderMissing, SourceLocation.StartOf(options.InputDirectory), "the content folder does not exist; give it with --input DIR");
            return null;
        }

        if (!IsSafeOutputFolder(options, reader.InputDirectory, diagnostics))
        {
            return null;
        }

        var siteFile = reader.ReadSiteFile(diagnostics);
        var site = siteFile is null ? null : SiteSettingsBinder.Bind(siteFile, options.BaseUrl, diagnostics);
        if (site is null)
        {
            return null;
        }

        var raw = reader.Read(site.Languages, site.Limits, diagnostics);
        var themeDirectory = ThemeLoader.Locate(options.ThemeDirectory, options.WorkingDirectory);
        var theme = ThemeLoader.Load(themeDirectory, site.Languages, options.WorkingDirectory, diagnostics);
        var tables = DataTableLoader.LoadAll(raw.DataFiles, site.Limits, diagnostics);

        // Phase 2, bind: front matter to the model, once per language, references checked against the catalogue of slugs.
        var countries = CountryNames.Shipped;
        var assets = raw.AssetPaths();
        var catalog = new ContentCatalog(raw.ContentPaths.Where(p => p.Language is null));
        var contents = ContentBinder.Bind(raw, site, new BindingContext(diagnostics, countries, assets, catalog, new CountryLocator(WorldCountries.Shipped), options.BuildDate));
        if (theme is null)
        {
            return null;
        }

        // Phase 3, cross-references: lookups and archives per language.
        var indexes = contents.ToDictionary(c => c.Language, c => new PortalIndex(c), StringComparer.Ordinal);
        var routes = new SiteRoutes(site.DefaultLanguage);
        var maps = options.DrawMaps ? cache.Maps : null;
        CheckFreePageRoutes(raw, site, diagnostics);
        CheckAccessibilityStatement(indexes[site.DefaultLanguage], site, diagnostics);
        if (!diagnostics.HasErrors)
        {
            // Only on content that binds: a relationship with an error is missing from the index, and its country with it.
            WarnOfUnusedCountryIntros(indexes[site.DefaultLanguage], diagnostics);
            CrossFileWarnings.Report(indexes[site.DefaultLanguage], raw, diagnostics);
        }

        // Phase 4, compose: every page of every language.
        var documents = site.Languages
            .SelectMany(language =>
            {
                var ui = theme.StringsFor(language);
                var context = new ComposeContext(language, site, indexes[language], routes, countries, ui.Get, maps);
                return PageSources.SelectMany(source => source.Compose(context));
            })
            .ToList();

        // Phase 5, render: Markdown and templates, in parallel; the output order is fixed by path, not by thread.
        var countriesWithPages = indexes[site.DefaultLanguage].Countries.ToHashSet(StringComparer.Ordinal);
        var contentRoutes = site.Languages.ToDictionary(
            l => l,
            l => ContentRoutes.For(l, raw.ContentPaths, routes, countriesWithPages),
            StringComparer.Ordinal);
        var footerPages = indexes.ToDictionary(i => i.Key, i => (IReadOnlyList<FreePage>)i.Value.Content.Pages, StringComparer.Ordinal);
        var markdown = new MarkdownRenderer(MarkdownPipelineFactory.Create(site.Limits), tables, site.Limits);
        cache.RenderedPages?.StartGeneration();
        var renderer = new PageRenderer(site, routes, theme, markdown, contentRoutes, assets, footerPages, cache.RenderedPages);
        OutputFile[] rendered;
        try
        {
            rendered = documents.AsParallel().AsOrdered().Select(d => renderer.Render(d, diagnostics)).ToArray();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is ThemeException))
        {
            foreach (var themeError in ex.InnerExceptions.Cast<ThemeException>().DistinctBy(e => e.Message))
            {
                diagnostics.Add(themeError.ToDiagnostic(Path.GetRelativePath(options.WorkingDirectory, themeDirectory)));
            }

            return null;
        }

        CheckBodiesWithoutPages(raw, documents, site, markdown, contentRoutes, assets, diagnostics);

        // Phase 6, site files: open data, sitemap, robots, the theme's assets and the content's assets.
        var defaultIndex = indexes[site.DefaultLanguage];
        var files = new List<OutputFile>(rendered);
        files.AddRange(OpenDataWriter.Write(
            PartnerRecords.From(defaultIndex, site, routes, countries),
            PartnerRecords.NetworkSeats(defaultIndex, site, routes, countries)));
        files.Add(SitemapWriter.Sitemap(site.BaseUrl, documents.Where(d => d.InSitemap).Select(d =>
            (d.Route, (IReadOnlyList<(string, Route)>)site.Languages.Select(l => (l, renderer.VersionIn(d.Route, d.Language, l))).ToList()))));
        files.Add(SitemapWriter.Robots(site.BaseUrl));
        files.AddRange(theme.OutputFiles());
        files.AddRange(raw.Assets.Select(a => OutputFile.Copy(SiteRoutes.Asset(a.RelativePath).Path, raw.InputDirectory, a.RelativePath)));

        // Phase 7, post-process: every internal link of every page must lead to a file of the site.
        if (!diagnostics.HasErrors)
        {
            var display = Path.GetRelativePath(options.WorkingDirectory, Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory)).Replace('\\', '/');
            var pageSources = documents.Where(d => d.Body is not null).ToDictionary(d => d.Route.Path, d => d.Body!.Source, StringComparer.Ordinal);
            foreach (var problem in InternalLinkChecker.Check(files, site.BaseUrl.AbsolutePath, display, pageSources, cache.ParsedPages))
            {
                diagnostics.Add(problem);
            }
        }

        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A file whose keys could not be bound has no page, but its text is still checked, so that one build reports
    /// every problem of a file, not only the first kind.
    /// </summary>
    private static void CheckBodiesWithoutPages(
        RawContent raw,
        IReadOnlyList<PageDocument> pages,
        SiteSettings site,
        MarkdownRenderer markdown,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, Route>> contentRoutes,
        IReadOnlySet<string> assets,
        DiagnosticBag diagnostics)
    {
        var rendered = pages.Where(p => p.Body is not null).Select(p => p.Body!.Source.RelativePath).ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(raw.Documents.Where(d => !rendered.Contains(d.Path.RelativePath)), document =>
        {
            var language = document.Path.Language ?? site.DefaultLanguage;
            var routes = contentRoutes[language];
            var from = routes.GetValueOrDefault(document.Path.OriginalPath) ?? new Route("index.html");
            var text = new ContentText(language, false, document.Document.Body, document.Document.BodyFirstLine, document.Document.File);
            markdown.Render(text, new ContentLinkResolver(routes, assets, new PageLinks(from, null)), diagnostics);
        });
    }

    /// <summary>
    /// The output folder is replaced whole on every build, so it must be neither the content folder, nor inside
    /// it, nor hold it (nor the theme): a wrong <c>--output</c> must never delete an editor's work.
    /// </summary>
    private static bool IsSafeOutputFolder(BuildOptions options, string inputDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory));
        string[] protectedFolders =
        [
            Path.TrimEndingDirectorySeparator(inputDirectory),
            Path.TrimEndingDirectorySeparator(ThemeLoader.Locate(options.ThemeDirectory, options.WorkingDirectory)),
        ];
        foreach (var folder in protectedFolders)
        {
            if (IsSameOrInside(output, folder) || IsSameOrInside(folder, output))
            {
                diagnostics.Error(
                    DiagnosticCodes.OutputFolder,
                    SourceLocation.StartOf(options.OutputDirectory),
                    $"the output folder must be a folder of its own: it is replaced on every build, and '{options.OutputDirectory}' is, holds or lies inside '{Path.GetRelativePath(options.WorkingDirectory, folder)}'; choose another --output");
                return false;
            }
        }

        return true;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>A country gets a page only with a relationship or a network seat; an introduction for another country is shown nowhere.</summary>
    private static void WarnOfUnusedCountryIntros(PortalIndex index, DiagnosticBag diagnostics)
    {
        var withPages = index.Countries.ToHashSet(StringComparer.Ordinal);
        foreach (var intro in index.Content.CountryIntros.Where(c => !withPages.Contains(c.Country)))
        {
            diagnostics.Warning(
                DiagnosticCodes.UnusedCountryIntro,
                SourceLocation.StartOf(intro.Text.Source.DisplayPath),
                $"no page shows this introduction: no relationship lies in {intro.Country} and no network has its seat there");
        }
    }

    /// <summary>The statement's facts come from site.yml; a page laid out as the statement without them cannot be written.</summary>
    private static void CheckAccessibilityStatement(PortalIndex index, SiteSettings site, DiagnosticBag diagnostics)
    {
        foreach (var page in index.Content.Pages.Where(p => p.Layout == PageLayout.AccessibilityStatement && site.Accessibility is null))
        {
            diagnostics.Error(
                DiagnosticCodes.AccessibilityFactsMissing,
                SourceLocation.StartOf(page.Text.Source.DisplayPath),
                "the accessibility statement takes the publisher's facts from site.yml: add accessibility: {contact: <e-mail or web form>, compliance: partial, assessed: YYYY-MM-DD, updated: YYYY-MM-DD}");
        }
    }

    /// <summary>A free page must not take the place of a generated page or folder.</summary>
    private static void CheckFreePageRoutes(RawContent raw, SiteSettings site, DiagnosticBag diagnostics)
    {
        foreach (var page in raw.Documents.Where(d => d.Path.Kind == ContentKind.Page && d.Path.Language is null))
        {
            var top = page.Path.Folder.Length == 0 ? page.Path.Slug : page.Path.Folder.Split('/')[0];
            if (SiteRoutes.Reserved.Contains(top) || site.Languages.Contains(top))
            {
                diagnostics.Error(
                    DiagnosticCodes.RouteConflict,
                    SourceLocation.StartOf(page.Document.File.DisplayPath),
                    $"a free page cannot be named '{top}': the site uses that name for its own pages; rename the file or folder");
            }
        }
    }
}
