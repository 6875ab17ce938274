using System.Diagnostics;
using Portal.Output;
using Portal.Pipeline.Monitoring;
using Portal.Pipeline.Phases;
using Portal.Templates;

namespace Portal.Pipeline;

/// <summary>
/// The whole build, its phases read top to bottom (each in <c>Pipeline/Phases</c>): read the content folder, bind it
/// to the model, compose the pages, render them with the site's other files, check every link, and write atomically.
/// A build's files go into a staging folder as they are rendered; the output folder is replaced by it only when the
/// build has no error, and is otherwise left as it was.
/// </summary>
public static class PortalBuild
{
    /// <param name="monitor">Times the phases and shows progress; null for a build no one watches.</param>
    public static BuildResult Run(BuildOptions options, BuildCache? cache = null, BuildMonitor? monitor = null)
    {
        monitor ??= BuildMonitor.Silent;
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var written = WritePhase.IsSafeOutputFolder(options, diagnostics)
            ? WritePhase.Stage(options, diagnostics, monitor, staged => Produce(options, staged, diagnostics, cache, monitor) is not null && !diagnostics.HasErrors)
            : null;

        return new BuildResult(diagnostics.Sorted(), written?.Pages ?? 0, written?.Files ?? 0, clock.Elapsed, monitor.Timings, monitor.Templates);
    }

    /// <summary>Everything a build would write, in memory, or null when the input cannot be built at all.</summary>
    /// <param name="cache">What earlier builds of the same session computed that this one may reuse (preview);
    /// null for a build of its own.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped the build (a newer edit came).</exception>
    public static IReadOnlyList<OutputFile>? Generate(BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache = null, BuildMonitor? monitor = null, CancellationToken cancellation = default)
    {
        var site = new SiteInMemory();
        return WritePhase.IsSafeOutputFolder(options, diagnostics) && Produce(options, site, diagnostics, cache, monitor, cancellation) is not null ? site.Files : null;
    }

    /// <summary>
    /// The pages at <paramref name="paths"/> (those of them the site has), from the content as it is now, and the
    /// theme's files they load, without the rest of the site or its link check: what a preview shows first after an
    /// edit, while the whole build follows. The theme's files come along because an edited stylesheet is in a folder
    /// of a new name, which the pages link to. Null when the input cannot be built at all.
    /// </summary>
    /// <param name="changed">The content files changed since the last build (paths from the content folder), which
    /// alone are read again when nothing else changed; null to read everything.</param>
    public static IReadOnlyList<OutputFile>? GeneratePages(BuildOptions options, IReadOnlySet<string> paths, IReadOnlyCollection<string>? changed, DiagnosticBag diagnostics, BuildCache cache)
    {
        if (Prepare(options, diagnostics, cache, BuildMonitor.Silent, firstLook: true, changed, CancellationToken.None) is not var (site, theme) || diagnostics.HasErrors)
        {
            return null;
        }

        var pages = ComposePhase.Run(site, theme, options.DrawMaps ? cache.Maps : null, includes: route => paths.Contains(route.Path));
        return Rendering(options, theme, diagnostics, IReadOnlyList<OutputFile> (templates) => [.. RenderPhase.RenderPages(site, pages, templates, diagnostics), .. theme.AssetsFor(site.Settings.Search).Files]);
    }

    /// <summary>The phases up to the check, putting each file into <paramref name="output"/>; null when the input cannot be built at all.</summary>
    private static RenderedSite? Produce(BuildOptions options, ISiteOutput output, DiagnosticBag diagnostics, BuildCache? cache, BuildMonitor? monitor, CancellationToken cancellation = default)
    {
        cache ??= new BuildCache();
        monitor ??= BuildMonitor.Silent;
        if (Prepare(options, diagnostics, cache, monitor, firstLook: false, changed: null, cancellation) is not var (site, theme))
        {
            return null;
        }

        cancellation.ThrowIfCancellationRequested();
        PageDocument[] pages;
        using (monitor.Phase(BuildPhase.Compose))
        {
            pages = ComposePhase.Run(site, theme, options.DrawMaps ? cache.Maps : null, monitor.Advance, cancellation: cancellation);
        }

        RenderedSite? rendered;
        using (monitor.Phase(BuildPhase.Render, pages.Length))
        {
            var outputDisplay = Path.GetRelativePath(options.WorkingDirectory, Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory)).Replace('\\', '/');
            rendered = Rendering(options, theme, diagnostics, templates =>
            {
                try
                {
                    return RenderPhase.Run(site, pages, templates, cache, output, outputDisplay, diagnostics, monitor.Advance, cancellation);
                }
                finally
                {
                    monitor.RecordTemplates(templates.Execution);
                }
            });
        }

        if (rendered is not null && !diagnostics.HasErrors)
        {
            using (monitor.Phase(BuildPhase.Check))
            {
                CheckPhase.Run(rendered, diagnostics);
            }
        }

        return rendered;
    }

    /// <summary>
    /// Read and bind, with the theme loading beside them: what every page needs. Null when the input or the theme
    /// cannot be used at all (reported).
    /// </summary>
    /// <param name="firstLook">Whether only some pages are wanted at once (a preview's open pages), so that the checks
    /// across files, which only warn, are left to the whole build.</param>
    /// <param name="changed">For a first look, the content files changed since the last build's read, if known.</param>
    private static (BoundSite Site, Theme Theme)? Prepare(BuildOptions options, DiagnosticBag diagnostics, BuildCache cache, BuildMonitor monitor, bool firstLook, IReadOnlyCollection<string>? changed, CancellationToken cancellation)
    {
        ReadContent? input;
        Task<(Theme? Theme, DiagnosticBag Diagnostics)> loadingTheme;
        var themeDirectory = ThemeLoader.Locate(options.ThemeDirectory, options.WorkingDirectory);
        using (monitor.Phase(BuildPhase.Read))
        {
            var reread = firstLook && changed is not null && cache.LastRead is { } last ? ReadPhase.Reread(options, last, changed, diagnostics, cache.ParsedFiles) : null;
            if ((reread ?? ReadPhase.Run(options, diagnostics, cache.ParsedFiles, cancellation)) is not { } read)
            {
                return null;
            }

            input = read;
            if (cache.ParsedFiles is not null)
            {
                cache.LastRead = read;
            }
            // The theme loads beside binding, which does not need it (parsing, checking and Scriban's own set-up keep
            // a core busy for tens of milliseconds); its problems join the build's when both are done.
            var (languages, languagesAt) = (input.Site.Languages, input.Site.LanguagesAt);
            loadingTheme = Task.Run(() =>
            {
                var themeDiagnostics = new DiagnosticBag();
                return (ThemeLoader.Load(themeDirectory, languages, options.WorkingDirectory, themeDiagnostics, languagesAt: languagesAt), themeDiagnostics);
            });
        }

        BoundSite site;
        using (monitor.Phase(BuildPhase.Bind))
        {
            site = BindPhase.Run(input, options.BuildDate, diagnostics, cache.BoundFiles, checksAcrossFiles: !firstLook, cancellation);
        }

        var (theme, themeProblems) = loadingTheme.GetAwaiter().GetResult();
        foreach (var problem in themeProblems.Sorted())
        {
            diagnostics.Add(problem);
        }

        return theme is null ? null : (site, theme);
    }

    /// <summary>Runs <paramref name="render"/> with the theme's templates; their errors are reported at the theme's files, and give null.</summary>
    private static T? Rendering<T>(BuildOptions options, Theme theme, DiagnosticBag diagnostics, Func<TemplateRenderer, T> render)
        where T : class
    {
        try
        {
            return render(new TemplateRenderer(theme, options.Templates));
        }
        catch (ThemeErrors ex)
        {
            var themeDirectory = ThemeLoader.Locate(options.ThemeDirectory, options.WorkingDirectory);
            foreach (var error in ex.Errors)
            {
                diagnostics.Add(error.ToDiagnostic(Path.GetRelativePath(options.WorkingDirectory, themeDirectory)));
            }

            return null;
        }
    }

    /// <inheritdoc cref="WritePhase.Run"/>
    public static bool Write(BuildOptions options, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics) =>
        WritePhase.Run(options, files, diagnostics);
}
