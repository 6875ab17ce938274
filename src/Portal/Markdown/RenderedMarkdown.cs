namespace Portal.Markdown;

/// <summary>A body rendered to HTML, and its first paragraph as plain text (for meta descriptions).</summary>
public sealed record RenderedMarkdown(string Html, string FirstParagraph);
