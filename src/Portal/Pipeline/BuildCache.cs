using Portal.Maps;
using Portal.Maps.Rendering;
using Portal.PostProcessing;

namespace Portal.Pipeline;

/// <summary>
/// What one build computes that the next build of the same session may reuse, because it depends only on its own
/// inputs: a preview keeps one cache for all its rebuilds. Everything in it is safe to share between threads.
/// </summary>
public sealed class BuildCache
{
    /// <summary>Base layers depend only on their extent, so they stay valid across edits of the content.</summary>
    public MapRenderer Maps { get; } = new(SimplifiedBoundaries.Shipped);

    /// <summary>Pages as the link check parsed them, by their bytes: an edit changes few pages.</summary>
    public ParsedPageCache ParsedPages { get; } = new();
}
