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
    public static IReadOnlyList<OutputFile>? Generate(BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache = null, BuildMonitor? monitor = null)
    {
        var site = new SiteInMemory();
        return WritePhase.IsSafeOutputFolder(options, diagnostics) && Produce(options, site, diagnostics, cache, monitor) is not null ? site.Files : null;
    }

    /// <summary>The phases up to the check, putting each file into <paramref name="output"/>; null when the input cannot be built at all.</summary>
    private static RenderedSite? Produce(BuildOptions options, ISiteOutput output, DiagnosticBag diagnostics, BuildCache? cache, BuildMonitor? monitor)
    {
        cache ??= new BuildCache();
        monitor ??= BuildMonitor.Silent;
        ReadContent? input;
        Task<(Theme? Theme, DiagnosticBag Diagnostics)> loadingTheme;
        var themeDirectory = ThemeLoader.Locate(options.ThemeDirectory, options.WorkingDirectory);
        using (monitor.Phase(BuildPhase.Read))
        {
            if (ReadPhase.Run(options, diagnostics) is not { } read)
            {
                return null;
            }

            input = read;
            // The theme loads beside binding, which does not need it (parsing, checking and Scriban's own set-up keep
            // a core busy for tens of milliseconds); its problems join the build's when both are done.
            var languages = input.Site.Languages;
            loadingTheme = Task.Run(() =>
            {
                var themeDiagnostics = new DiagnosticBag();
                return (ThemeLoader.Load(themeDirectory, languages, options.WorkingDirectory, themeDiagnostics), themeDiagnostics);
            });
        }

        BoundSite site;
        using (monitor.Phase(BuildPhase.Bind))
        {
            site = BindPhase.Run(input, options.BuildDate, diagnostics);
        }

        var (theme, themeProblems) = loadingTheme.GetAwaiter().GetResult();
        foreach (var problem in themeProblems.Sorted())
        {
            diagnostics.Add(problem);
        }

        if (theme is null)
        {
            return null;
        }

        PageDocument[] pages;
        using (monitor.Phase(BuildPhase.Compose))
        {
            pages = ComposePhase.Run(site, theme, options.DrawMaps ? cache.Maps : null, monitor.Advance);
        }

        RenderedSite rendered;
        try
        {
            using (monitor.Phase(BuildPhase.Render, pages.Length))
            {
                var outputDisplay = Path.GetRelativePath(options.WorkingDirectory, Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory)).Replace('\\', '/');
                var templates = new TemplateRenderer(theme, options.Templates);
                try
                {
                    rendered = RenderPhase.Run(site, pages, templates, cache, output, outputDisplay, diagnostics, monitor.Advance);
                }
                finally
                {
                    monitor.RecordTemplates(templates.Execution);
                }
            }
        }
        catch (ThemeErrors ex)
        {
            foreach (var error in ex.Errors)
            {
                diagnostics.Add(error.ToDiagnostic(Path.GetRelativePath(options.WorkingDirectory, themeDirectory)));
            }

            return null;
        }

        if (!diagnostics.HasErrors)
        {
            using (monitor.Phase(BuildPhase.Check))
            {
                CheckPhase.Run(rendered, diagnostics);
            }
        }

        return rendered;
    }

    /// <inheritdoc cref="WritePhase.Run"/>
    public static bool Write(BuildOptions options, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics) =>
        WritePhase.Run(options, files, diagnostics);
}
