namespace Portal.Templates;

/// <summary>
/// HTML the generator made itself (rendered Markdown, a rendered partial). Templates write it as it is;
/// every other value is HTML-encoded on output, so text from content can never become markup.
/// </summary>
public sealed record TrustedHtml(string Value)
{
    public static readonly TrustedHtml Empty = new(string.Empty);

    public override string ToString() => Value;
}
