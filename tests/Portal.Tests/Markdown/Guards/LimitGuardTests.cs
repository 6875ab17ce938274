using Markdig;
using Portal.Markdown;
using Portal.Markdown.Guards;

namespace Portal.Tests.Markdown.Guards;

/// <summary>
/// The guards that stop text Markdig would take the square of its size for: deep lists and quotes, many open emphasis
/// marks or brackets, a table row wider than a table may be, and a long run of link definitions. Each stops at its
/// line with what to do, and text just within each limit is shown as it is.
/// </summary>
public sealed class LimitGuardTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create(ContentLimits.Default);

    private static MarkdownLimitException Stop(string markdown) =>
        Assert.Throws<MarkdownLimitException>(() => Markdig.Markdown.Parse(markdown, Pipeline))!;

    [Test]
    public void Lists_nested_32_deep_are_shown_and_33_deep_stop_at_the_line()
    {
        static string Nested(int levels) => "Text.\n\n" + string.Concat(Enumerable.Range(0, levels).Select(i => new string(' ', 2 * i) + "- punkt\n"));

        Assert.That(Markdig.Markdown.ToHtml(Nested(32), Pipeline), Does.Contain("punkt"));
        var stop = Stop(Nested(34));
        Assert.That((stop.Code, stop.Line), Is.EqualTo((DiagnosticCodes.TooDeeplyNested, 34)));
        Assert.That(stop.Message, Is.EqualTo("lists and quotes are nested more than 32 levels deep here, too deep to be shown; write it with fewer levels inside one another"));
    }

    [Test]
    public void Quotes_in_quotes_on_one_line_stop_at_that_line()
    {
        var stop = Stop("Text.\n\nMer text.\n" + string.Concat(Enumerable.Repeat("> ", 80)) + "citat\n");

        Assert.That((stop.Code, stop.Line), Is.EqualTo((DiagnosticCodes.TooDeeplyNested, 3)));
    }

    [Test]
    public void A_paragraph_with_more_open_emphasis_marks_than_the_limit_stops_at_its_line()
    {
        Assert.That(Markdig.Markdown.ToHtml(string.Concat(Enumerable.Repeat("_a ", 100)), Pipeline), Does.Contain("_a"));

        var stop = Stop("Första stycket.\n\n" + string.Concat(Enumerable.Repeat("_a ", 200)));

        Assert.That((stop.Code, stop.Line), Is.EqualTo((DiagnosticCodes.TooDeeplyNested, 2)));
        Assert.That(stop.Message, Is.EqualTo("more than 128 emphasis marks or brackets (* _ [) are left open in this paragraph, too many to be shown; close them, or write them as \\* \\_ \\["));
    }

    [Test]
    public void A_table_row_of_more_cells_than_a_table_may_have_columns_stops_at_its_line()
    {
        static string Table(int columns) =>
            "|" + string.Concat(Enumerable.Repeat(" a |", columns)) + "\n|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n|" + string.Concat(Enumerable.Repeat(" 1 |", columns)) + "\n";

        Assert.That(Markdig.Markdown.ToHtml(Table(ContentLimits.Default.TableColumns), Pipeline), Does.Contain("<table"));
        var stop = Stop("Text.\n\n" + Table(ContentLimits.Default.TableColumns + 1));

        Assert.That((stop.Code, stop.Line), Is.EqualTo((DiagnosticCodes.TableLimit, 2)));
        Assert.That(stop.Message, Is.EqualTo("this table row has more columns than the limit of 100; split the table, or raise limits.tableColumns in site.yml"));
    }

    [Test]
    public void Pipes_in_code_are_not_table_cells()
    {
        var code = "```\n" + string.Concat(Enumerable.Repeat("|", 500)) + "\n```\n\n`" + string.Concat(Enumerable.Repeat("a|", 500)) + "`\n";

        Assert.That(Markdig.Markdown.ToHtml(code, Pipeline), Does.Contain("<code>"));
    }

    [Test]
    public void Definitions_are_counted_in_runs_without_a_blank_line()
    {
        static string Definitions(int count, int group) =>
            string.Concat(Enumerable.Range(0, count).Select(i => $"[r{i}]: /u{i}\n" + ((i + 1) % group == 0 ? "\n" : string.Empty)));

        Assert.That(DefinitionRunCheck.FirstLineOverLimit(Definitions(DefinitionRunCheck.MaxRun, DefinitionRunCheck.MaxRun)), Is.EqualTo(-1));
        Assert.That(DefinitionRunCheck.FirstLineOverLimit(Definitions(5_000, DefinitionRunCheck.MaxRun)), Is.EqualTo(-1));
        Assert.That(DefinitionRunCheck.FirstLineOverLimit("Text.\n\n" + Definitions(DefinitionRunCheck.MaxRun + 1, 5_000)), Is.EqualTo(2 + DefinitionRunCheck.MaxRun));
    }

    [Test]
    public void Each_stop_is_an_error_at_its_line_in_the_content_file()
    {
        using var content = new TempContent();
        content.WithAboutPage("Text.\n\n" + string.Concat(Enumerable.Repeat("_a ", 200)) + "\n")
            .With("pages/tabell.md", "---\ntitle: Tabell\n---\n|" + string.Concat(Enumerable.Repeat(" a |", 120)) + "\n")
            .With("pages/lankar.md", "---\ntitle: Länkar\n---\n" + string.Concat(Enumerable.Range(0, 1_001).Select(i => $"[r{i}]: /u{i}\n")));

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            "pages/lankar.md:1004:1: error PT0048: more than 1000 link definitions ([name]: address) follow one another without a blank line; put a blank line between groups of them",
            "pages/om.md:6:1: error PT0040: more than 128 emphasis marks or brackets (* _ [) are left open in this paragraph, too many to be shown; close them, or write them as \\* \\_ \\[",
            "pages/tabell.md:4:1: error PT0045: this table row has more columns than the limit of 100; split the table, or raise limits.tableColumns in site.yml",
        }));
    }
}
