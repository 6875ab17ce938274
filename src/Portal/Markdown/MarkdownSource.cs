using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>Maps a Markdig node's position inside a body back to the content file's line and column.</summary>
public static class MarkdownSource
{
    public static SourceLocation LocationOf(ContentText text, MarkdownObject node) =>
        new(text.Source.DisplayPath, text.FirstLine + node.Line, node.Column + 1);
}
