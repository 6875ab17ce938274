using System.Diagnostics;
using Portal.Output;
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
    public static BuildResult Run(BuildOptions options, BuildCache? cache = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var files = Generate(options, diagnostics, cache);
        var written = files is not null && !diagnostics.HasErrors && WritePhase.Run(options, files, diagnostics);
        return new BuildResult(
            diagnostics.Sorted(),
            written ? files!.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)) : 0,
            written ? files!.Count : 0,
            clock.Elapsed);
    }

    /// <summary>Everything a build would write, or null when the input cannot be built at all.</summary>
    /// <param name="cache">What earlier builds of the same session computed that this one may reuse (preview);
    /// null for a build of its own.</param>
    public static IReadOnlyList<OutputFile>? Generate(BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        cache ??= new BuildCache();
        if (!WritePhase.IsSafeOutputFolder(options, diagnostics) || ReadPhase.Run(options, diagnostics) is not { } input)
        {
            return null;
        }

        var themeDirectory = ThemeLoader.Locate(options.ThemeDirectory, options.WorkingDirectory);
        var theme = ThemeLoader.Load(themeDirectory, input.Site.Languages, options.WorkingDirectory, diagnostics);
        var site = BindPhase.Run(input, options.BuildDate, diagnostics);
        if (theme is null)
        {
            return null;
        }

        var pages = ComposePhase.Run(site, theme, options.DrawMaps ? cache.Maps : null);
        RenderedSite rendered;
        try
        {
            rendered = RenderPhase.Run(site, pages, theme, cache.RenderedPages, diagnostics);
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
            CheckPhase.Run(options, site, pages, rendered, cache, diagnostics);
        }

        return rendered.Files;
    }

    /// <inheritdoc cref="WritePhase.Run"/>
    public static bool Write(BuildOptions options, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics) =>
        WritePhase.Run(options, files, diagnostics);
}
