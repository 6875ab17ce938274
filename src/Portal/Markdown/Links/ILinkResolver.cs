namespace Portal.Markdown.Links;

/// <summary>Turns a link to a content file or asset into an address relative to the page being written.</summary>
public interface ILinkResolver
{
    /// <param name="inputPath">The target's path from the input root ('/' separated), e.g. <c>partners/huddinge/vanda.md</c>.</param>
    /// <returns>The href to write, or null when no such content file or asset exists.</returns>
    string? Resolve(string inputPath);

    /// <summary>The content file or asset an editor most likely meant by a path that names none, from the input root; null when none is near.</summary>
    string? Nearest(string inputPath);
}
