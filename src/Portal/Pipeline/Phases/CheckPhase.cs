using Portal.PostProcessing;

namespace Portal.Pipeline.Phases;

/// <summary>Phase 5, check: every internal link and #anchor of every page must lead to a file of the site.</summary>
public static class CheckPhase
{
    public static void Run(BuildOptions options, BoundSite site, IReadOnlyList<PageDocument> pages, RenderedSite rendered, DiagnosticBag diagnostics)
    {
        var display = Path.GetRelativePath(options.WorkingDirectory, Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory)).Replace('\\', '/');
        var pageSources = pages.Where(d => d.Body is not null).ToDictionary(d => d.Route.Path, d => d.Body!.Source, StringComparer.Ordinal);
        foreach (var problem in InternalLinkChecker.Check(rendered.Paths, rendered.Pages, site.Settings.BaseUrl.AbsolutePath, display, pageSources))
        {
            diagnostics.Add(problem);
        }
    }
}
