using Portal.Binding;
using Portal.Caching;
using Portal.FrontMatter;
using Portal.Input;
using Portal.Maps;
using Portal.Maps.Rendering;
using Portal.Pipeline.Phases;
using Portal.PostProcessing;

namespace Portal.Pipeline;

/// <summary>
/// What one build computes that the next build of the same session may reuse, because it depends only on its own
/// inputs: a preview keeps one cache for all its rebuilds. Everything in it is safe to share between threads.
/// </summary>
/// <param name="keepsPages">Whether rendered and parsed pages are kept for the next build: worth it only when there is
/// a next build, since naming a page's whole input costs about a fifth of rendering it, and hashing its bytes more than
/// scanning them.</param>
public sealed class BuildCache(bool keepsPages = false)
{
    private readonly Lazy<MapRenderer> _maps = new(() => new MapRenderer(SimplifiedBoundaries.Shipped));

    /// <summary>
    /// Base layers depend only on their extent, so they stay valid across edits of the content. Made on first use,
    /// so that a check, which draws no maps, does not load the world's boundaries for them.
    /// </summary>
    public MapRenderer Maps => _maps.Value;

    /// <summary>Content files as they were read and parsed, by path and version: an edit changes few files.</summary>
    public GenerationalCache<Reported<FrontMatterDocument?>>? ParsedFiles { get; } = keepsPages ? new() : null;

    /// <summary>Content files as they were bound, by their versions and what else binding read.</summary>
    public BoundFiles? BoundFiles { get; } = keepsPages ? new() : null;

    /// <summary>
    /// The content as the last build read it, before binding: a preview's first look after an edit reads again only
    /// the files that changed. Null before the first build, and for a build of its own.
    /// </summary>
    public ReadContent? LastRead { get; set; }

    /// <summary>Pages as the link check parsed them, by their bytes: an edit changes few pages.</summary>
    public GenerationalCache<ParsedPage>? ParsedPages { get; } = keepsPages ? new() : null;

    /// <summary>Pages' HTML by their whole model and theme.</summary>
    public GenerationalCache<byte[]>? RenderedPages { get; } = keepsPages ? new() : null;
}
