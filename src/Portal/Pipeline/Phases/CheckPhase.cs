namespace Portal.Pipeline.Phases;

/// <summary>
/// Phase 5, check: every internal link and #anchor of every page must lead to a file of the site. Each page was
/// checked as it was rendered; what is left is the anchors on other pages, and the report. Its problems are reported
/// only for a build without other errors, where a missing page is not already explained.
/// </summary>
public static class CheckPhase
{
    public static void Run(RenderedSite rendered, DiagnosticBag diagnostics)
    {
        foreach (var problem in rendered.Links.Finish())
        {
            diagnostics.Add(problem);
        }
    }
}
