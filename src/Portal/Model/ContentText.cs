namespace Portal.Model;

/// <summary>
/// The Markdown body a page shows in one language: the part of <paramref name="Source"/>'s text from its
/// <paramref name="FirstLine"/> on. <paramref name="IsFallback"/> is true when the page's language has no translation
/// and the default language's text stands in for it.
/// </summary>
public sealed record ContentText(string Language, bool IsFallback, ReadOnlyMemory<char> Markdown, int FirstLine, SourceFile Source);
