namespace Portal.Pipeline;

/// <summary>A page's meta description: the editor's summary, else the first paragraph, shortened at a word to fit search results.</summary>
public static class MetaDescription
{
    public const int MaxLength = 160;

    public static string From(params string?[] candidates)
    {
        var text = candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)).AsSpan().Trim();

        // Each run of white space becomes one space, as far as the description can reach: a first paragraph may be
        // hundreds of words, of which the page needs the first 160 characters.
        Span<char> collapsed = stackalloc char[MaxLength + 1];
        var length = 0;
        for (var i = 0; i < text.Length && length < collapsed.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                collapsed[length++] = text[i];
            }
            else if (collapsed[length - 1] != ' ')
            {
                collapsed[length++] = ' ';
            }
        }

        if (length <= MaxLength)
        {
            return collapsed[..length].ToString();
        }

        var cut = collapsed[..MaxLength].LastIndexOf(' ');
        return string.Concat(collapsed[..(cut > 80 ? cut : MaxLength - 1)].TrimEnd(", ;:".AsSpan()), "…");
    }
}
