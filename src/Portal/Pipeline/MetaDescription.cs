namespace Portal.Pipeline;

/// <summary>A page's meta description: the editor's summary, else the first paragraph, shortened at a word to fit search results.</summary>
public static class MetaDescription
{
    public const int MaxLength = 160;

    public static string From(params string?[] candidates)
    {
        var text = candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim() ?? string.Empty;
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > 80 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
