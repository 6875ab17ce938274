namespace Portal.Markdown.Guards;

/// <summary>
/// A guard stopped the parse: the text goes past a limit at <paramref name="Line"/> (0-based, in the text). It is an
/// <see cref="ArgumentException"/>, as Markdig's own limits are, so nothing between the guard and the renderer
/// mistakes it for a bug; the renderer reports it with <paramref name="Code"/> at the line.
/// </summary>
public sealed class MarkdownLimitException(string code, int line, string message) : ArgumentException(message)
{
    public string Code { get; } = code;

    public int Line { get; } = line;
}
