namespace Portal.FrontMatter;

/// <summary>
/// A Markdown file split into its front matter and its body, each with the file line it starts on. The body is the end
/// of the file's text, not a copy of it: a site's texts are held once while it builds.
/// </summary>
public sealed record FrontMatterDocument(SourceFile File, YamlMapping Keys, ReadOnlyMemory<char> Body, int BodyFirstLine);
