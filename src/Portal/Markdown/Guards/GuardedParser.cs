using Markdig;
using Markdig.Syntax;

namespace Portal.Markdown.Guards;

/// <summary>
/// Parses a text with the pipeline, within the limits the guards and Markdig set: a text past one is reported at its
/// line and has no document (nothing of it is shown, and nothing else of it is reported).
/// </summary>
public static class GuardedParser
{
    public static MarkdownDocument? Parse(MarkdownPipeline pipeline, ContentText text, DiagnosticBag diagnostics)
    {
        // The text as a string of its own only while it is parsed: the site holds each file's text once.
        var markdown = text.Markdown.ToString();
        if (DefinitionRunCheck.FirstLineOverLimit(markdown) is var line and >= 0)
        {
            diagnostics.Error(
                DiagnosticCodes.LongDefinitionRun,
                new SourceLocation(text.Source.DisplayPath, text.FirstLine + line, 1),
                $"more than {DefinitionRunCheck.MaxRun} link definitions ([name]: address) follow one another without a blank line; put a blank line between groups of them");
            return null;
        }

        MarkdownDocument? document;
        try
        {
            document = Parse(pipeline, markdown);
        }
        catch (MarkdownLimitException limit)
        {
            diagnostics.Error(limit.Code, new SourceLocation(text.Source.DisplayPath, text.FirstLine + limit.Line, 1), limit.Message);
            return null;
        }

        if (document is null)
        {
            diagnostics.Error(
                DiagnosticCodes.TooDeeplyNested,
                new SourceLocation(text.Source.DisplayPath, text.FirstLine + FirstLineTooDeep(pipeline, markdown), 1),
                "from this line the text nests quotes, lists, brackets or emphasis too deeply to be shown; write it with fewer levels inside one another");
        }

        return document;
    }

    /// <summary>
    /// The parsed text, or null when Markdig refuses it for nesting deeper than its limit (its only complaint about a
    /// text). A guard's own stop (<see cref="MarkdownLimitException"/>) says where, and is passed on.
    /// </summary>
    private static MarkdownDocument? Parse(MarkdownPipeline pipeline, string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException ex) when (ex is not MarkdownLimitException)
        {
            return null;
        }
    }

    private static bool Fails(MarkdownPipeline pipeline, string markdown)
    {
        try
        {
            return Parse(pipeline, markdown) is null;
        }
        catch (MarkdownLimitException)
        {
            return true;
        }
    }

    /// <summary>The 0-based line where a text too deep to parse becomes so: the shortest run of lines from the top that is.</summary>
    private static int FirstLineTooDeep(MarkdownPipeline pipeline, string markdown)
    {
        var lines = markdown.Split('\n');
        var (low, high) = (0, lines.Length - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Fails(pipeline, string.Join('\n', lines[..(middle + 1)])))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
