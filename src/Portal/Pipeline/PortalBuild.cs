using System.Diagnostics;
using Portal.Output;
using Portal.Pipeline.Monitoring;
using Portal.Pipeline.Phases;
using Portal.Templates;

namespace Portal.Pipeline;

/// <summary>
/// The whole build, its phases read top to bottom (each in <c>Pipeline/Phases</c>): read the content folder, bind it
/// to the model, compose the pages, render them with the site's other files, check every link, and write atomically.
/// Nothing is written unless the build has no error.
/// </summary>
public static class PortalBuild
{
    /// <param name="monitor">Times the phases and shows progress; null for a build no one watches.</param>
    public static BuildResult Run(BuildOptions options, BuildCache? cache = null, BuildMonitor? monitor = null)
    {
        monitor ??= BuildMonitor.Silent;
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var files = Generate(options, diagnostics, cache, monitor);
        var written = false;
        if (files is not null && !diagnostics.HasErrors)
        {
            using (monitor.Phase(BuildPhase.Write, files.Count))
            {
                written = WritePhase.Run(options, files, diagnostics, monitor.Advance);
            }
        }

        return new BuildResult(
            diagnostics.Sorted(),
            written ? files!.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)) : 0,
            written ? files!.Count : 0,
            clock.Elapsed,
            monitor.Timings);
    }

    /// <summary>Everything a build would write, or null when the input cannot be built at all.</summary>
    /// <param name="cache">What earlier builds of the same session computed that this one may reuse (preview);
    /// null for a build of its own.</param>
    public static IReadOnlyList<OutputFile>? Generate(BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache = null, BuildMonitor? monitor = null)
    {
        cache ??= new BuildCache();
        monitor ??= BuildMonitor.Silent;
        ReadContent? input;
        Theme? theme;
        var themeDirectory = ThemeLoader.Locate(options.ThemeDirectory, options.WorkingDirectory);
        using (monitor.Phase(BuildPhase.Read))
        {
            if (!WritePhase.IsSafeOutputFolder(options, diagnostics) || ReadPhase.Run(options, diagnostics) is not { } read)
            {
                return null;
            }

            input = read;
            theme = ThemeLoader.Load(themeDirectory, input.Site.Languages, options.WorkingDirectory, diagnostics);
        }

        BoundSite site;
        using (monitor.Phase(BuildPhase.Bind))
        {
            site = BindPhase.Run(input, options.BuildDate, diagnostics);
        }

        if (theme is null)
        {
            return null;
        }

        IReadOnlyList<PageDocument> pages;
        using (monitor.Phase(BuildPhase.Compose))
        {
            pages = ComposePhase.Run(site, theme, options.DrawMaps ? cache.Maps : null, monitor.Advance);
        }

        RenderedSite rendered;
        try
        {
            using (monitor.Phase(BuildPhase.Render, pages.Count))
            {
                rendered = RenderPhase.Run(site, pages, theme, cache.RenderedPages, diagnostics, monitor.Advance);
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
                CheckPhase.Run(options, site, pages, rendered, cache, diagnostics);
            }
        }

        return rendered.Files;
    }

    /// <inheritdoc cref="WritePhase.Run"/>
    public static bool Write(BuildOptions options, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics) =>
        WritePhase.Run(options, files, diagnostics, static () => { });
}
