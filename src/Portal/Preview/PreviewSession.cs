using System.Diagnostics;
using Portal.Output;
using Portal.Pipeline;

namespace Portal.Preview;

/// <summary>
/// The builds of one preview: each rebuild reuses what the last one computed (map base layers, parsed and bound
/// files, rendered pages), and a build with errors never replaces the last good version of the site, so the browser
/// keeps something to show. The one exception is a first look (<see cref="ShowOpenPages"/>): an open page it served
/// stays, under the errors' overlay, when the whole build after it finds errors elsewhere (a broken link, say).
/// Builds are not reentrant: the caller runs one at a time.
/// </summary>
/// <param name="writesOutput">Whether each good build is also written to the options' output folder.</param>
public sealed class PreviewSession(BuildOptions options, bool writesOutput)
{
    private readonly BuildCache _cache = new(keepsPages: true);

    /// <summary>The last good build, or null while none has succeeded yet.</summary>
    public SiteVersion? Site { get; private set; }

    /// <summary>What the latest build reported, good or not.</summary>
    public PreviewState State { get; private set; } = new(0, true, []);

    /// <summary>
    /// The first look after an edit: the pages at <paramref name="openPages"/>, composed and rendered from the content
    /// as it is now and served at once, while <see cref="Rebuild"/> builds and checks the rest. On a large site that
    /// is seconds sooner (Hugo's server does the same with the pages it has shown). Null when there is nothing to
    /// look at first: no page is open, or no build has succeeded yet.
    /// </summary>
    /// <param name="changed">The full paths of the files changed since the last build, if known: when they are only
    /// edits of content files, only they are read again.</param>
    public PreviewState? ShowOpenPages(IReadOnlySet<string> openPages, IReadOnlySet<string>? changed = null)
    {
        if (Site is null || openPages.Count == 0)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var pages = Reading(options, diagnostics, () => PortalBuild.GeneratePages(options, openPages, InContent(changed), diagnostics, _cache));
        if (pages is null || diagnostics.HasErrors)
        {
            // Its errors are shown at once; the whole build that follows reports every one.
            State = new PreviewState(Site.Number, false, diagnostics.Sorted(), [], clock.Elapsed) { FirstLook = true };
            return State;
        }

        // The theme's files come along (a new stylesheet is at a new path); what is reported changed is the open pages.
        var next = Site.WithPages(pages);
        IReadOnlyList<string> changedPages = next == Site ? [] : [.. next.Changed.Where(openPages.Contains)];
        Site = next;
        State = new PreviewState(Site.Number, true, diagnostics.Sorted(), changedPages, clock.Elapsed) { FirstLook = true };
        return State;
    }

    /// <summary>The changed paths from the content folder, or null when one lies outside it (the theme) or none is known.</summary>
    private IReadOnlyCollection<string>? InContent(IReadOnlySet<string>? changed)
    {
        var input = Path.GetFullPath(options.InputDirectory, options.WorkingDirectory);
        var paths = changed?.Select(path => Path.GetRelativePath(input, path).Replace('\\', '/')).ToList();
        return paths is null || paths.Any(p => p.StartsWith("../", StringComparison.Ordinal) || p == ".." || Path.IsPathRooted(p)) ? null : paths;
    }

    /// <summary>Builds the whole site again; a good build is served, and written when the session writes.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped the build: a newer edit came.
    /// What is served stays as it was.</exception>
    public PreviewState Rebuild(CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var files = Reading(options, diagnostics, () => PortalBuild.Generate(options, diagnostics, _cache, cancellation: cancellation));
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

    /// <summary>Runs a build; a file an editor is saving right now can be locked or half there, which is reported, not thrown: the save's own event rebuilds again.</summary>
    private static T? Reading<T>(BuildOptions options, DiagnosticBag diagnostics, Func<T?> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (IOException ex)
        {
            diagnostics.Error(DiagnosticCodes.ContentUnreadable, SourceLocation.StartOf(options.InputDirectory), $"could not read the content: {ex.Message}");
            return null;
        }
    }
}

/// <summary>The outcome of a preview's latest build: the version served, and what the build reported.</summary>
/// <param name="Version">The number of the site version being served (0 while there is none).</param>
/// <param name="Changed">The paths that changed in this build (for a first look, the open pages that changed); empty for a failed build.</param>
public sealed record PreviewState(int Version, bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string>? Changed = null, TimeSpan Elapsed = default)
{
    /// <summary>Whether this is a first look at the open pages (<see cref="PreviewSession.ShowOpenPages"/>), whose problems are only those found so far.</summary>
    public bool FirstLook { get; init; }

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
