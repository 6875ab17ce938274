namespace Portal.Markdown.Guards;

/// <summary>
/// Markdig reads link reference definitions (<c>[name]: url</c>) that follow one another without a blank line as one
/// paragraph, and moves all its remaining lines for each definition it takes out: 30,000 in a row took 16 s. Found
/// before parsing, by their lines; a blank line between groups of them costs nothing and changes nothing on the page.
/// </summary>
public static class DefinitionRunCheck
{
    public const int MaxRun = 1_000;

    /// <summary>The 0-based line where a run of more than <see cref="MaxRun"/> definition lines goes over, or -1.</summary>
    public static int FirstLineOverLimit(string markdown)
    {
        var (line, run, start) = (0, 0, 0);
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            var text = markdown.AsSpan(start, (end < 0 ? markdown.Length : end) - start);
            run = LooksLikeDefinition(text) ? run + 1 : 0;
            if (run > MaxRun)
            {
                return line;
            }

            if (end < 0)
            {
                break;
            }

            (line, start) = (line + 1, end + 1);
        }

        return -1;
    }

    private static bool LooksLikeDefinition(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        return line.Length - trimmed.Length <= 3 && trimmed.StartsWith("[") && trimmed.IndexOf("]:") > 1;
    }
}
