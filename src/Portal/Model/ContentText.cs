namespace Portal.Model;

/// <summary>
/// The Markdown body a page shows in one language. <paramref name="IsFallback"/> is true when the page's
/// language has no translation and the default language's text stands in for it.
/// </summary>
public sealed record ContentText(string Language, bool IsFallback, string Markdown, int FirstLine, SourceFile Source);
