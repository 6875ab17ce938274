using System.Diagnostics;
using Portal.Output;
using Portal.Pipeline;

namespace Portal.Preview;

/// <summary>
/// The builds of one preview: each rebuild reuses what the last one computed (map base layers, parsed pages), and a
/// build with errors never replaces the last good version of the site, so the browser keeps something to show.
/// Rebuilds are not reentrant: the caller runs one at a time.
/// </summary>
/// <param name="writesOutput">Whether each good build is also written to the options' output folder.</param>
public sealed class PreviewSession(BuildOptions options, bool writesOutput)
{
    private readonly BuildCache _cache = new(keepsPages: true);

    /// <summary>The last good build, or null while none has succeeded yet.</summary>
    public SiteVersion? Site { get; private set; }

    /// <summary>What the latest build reported, good or not.</summary>
    public PreviewState State { get; private set; } = new(0, true, []);

    public PreviewState Rebuild()
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        IReadOnlyList<OutputFile>? files;
        try
        {
            files = PortalBuild.Generate(options, diagnostics, _cache);
        }
        catch (IOException ex)
        {
            // A file an editor is saving right now can be locked or half there; the save's own event rebuilds again.
            diagnostics.Error(DiagnosticCodes.ContentUnreadable, SourceLocation.StartOf(options.InputDirectory), $"could not read the content: {ex.Message}");
            files = null;
        }

        var succeeded = files is not null && !diagnostics.HasErrors;
        var changed = (IReadOnlyList<string>)[];
        if (succeeded)
        {
            Site = Site is null ? SiteVersion.First(files!) : Site.Next(files!);
            changed = Site.Changed;
            if (writesOutput && changed.Count > 0)
            {
                // The site in memory is served all the same; the folder is written again after the next save.
                PortalBuild.Write(options, files!, diagnostics);
            }
        }

        State = new PreviewState(Site?.Number ?? 0, succeeded, diagnostics.Sorted(), changed, clock.Elapsed);
        return State;
    }
}

/// <summary>The outcome of a preview's latest build: the version served, and what the build reported.</summary>
/// <param name="Version">The number of the site version being served (0 while there is none).</param>
/// <param name="Changed">The paths that changed in this build; empty for a failed build.</param>
public sealed record PreviewState(int Version, bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string>? Changed = null, TimeSpan Elapsed = default)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
