namespace Portal.Tests.Data;

/// <summary>A ```table block in a body shows a file from data/ as an accessible, escaped HTML table.</summary>
public sealed class TableBlockTests
{
    private static TempContent WithTable(string block, string? dataPath = null, string? data = null)
    {
        var content = new TempContent();
        content.WithAboutPage($"Tabellen:\n\n```table\n{block}\n```\n");
        if (dataPath is not null)
        {
            content.With(dataPath, data!);
        }

        return content;
    }

    [Test]
    public void Shows_a_CSV_file_with_caption_header_cells_and_row_headers()
    {
        using var content = WithTable("source: skl/trend.csv\ncaption: Kommuner med vänorter", "data/skl/trend.csv", "År;Antal\n2007;272\n2018;230\n");
        var run = content.Build().AssertClean();

        var table = run.Html("om.html").QuerySelector("main table")!;
        Assert.That(table.QuerySelector("caption")!.TextContent, Is.EqualTo("Kommuner med vänorter"));
        Assert.That(table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent), Is.EqualTo(new[] { "År", "Antal" }));
        Assert.That(table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent), Is.EqualTo(new[] { "2007", "2018" }));
        Assert.That(table.QuerySelectorAll("tbody td").Select(td => td.TextContent), Is.EqualTo(new[] { "272", "230" }));
    }

    [TestCase("data/t.yml", "- Namn: \"<script>alert(1)</script>\"\n  Not: \"a & b \\\"c\\\"\"\n")]
    [TestCase("data/t.json", "[{\"Namn\": \"<script>alert(1)</script>\", \"Not\": \"a & b \\\"c\\\"\"}]")]
    [TestCase("data/t.csv", "Namn,Not\n<script>alert(1)</script>,\"a & b \"\"c\"\"\"\n")]
    public void Cells_and_captions_are_text_never_markup(string path, string data)
    {
        using var content = WithTable($"source: {path["data/".Length..]}\ncaption: \"<img src=x onerror=alert(2)>\"", path, data);
        var run = content.Build().AssertClean();

        var html = run.ReadText("om.html");
        Assert.That(html, Does.Not.Contain("<script>alert").And.Not.Contain("<img src=x"));
        var table = run.Html("om.html").QuerySelector("main table")!;
        Assert.That(table.QuerySelector("caption")!.TextContent, Is.EqualTo("<img src=x onerror=alert(2)>"));
        Assert.That(table.QuerySelector("tbody th")!.TextContent, Is.EqualTo("<script>alert(1)</script>"));
        Assert.That(table.QuerySelector("tbody td")!.TextContent, Is.EqualTo("a & b \"c\""));
        Assert.That(table.QuerySelectorAll("script, img"), Is.Empty);
    }

    [Test]
    public void An_unknown_source_is_an_error_at_the_source_line_with_a_suggestion()
    {
        using var content = WithTable("source: skl/vanorter_trend.csv", "data/skl/vanorter-trend.csv", "År,Antal\n2007,272\n");
        Assert.That(content.Build().Lines, Is.EqualTo(new[]
        {
            "pages/om.md:7:9: error PT0022: no data file 'data/skl/vanorter_trend.csv'; did you mean 'skl/vanorter-trend.csv'?",
        }));
    }

    [TestCase("data/skl/trend.csv", "'source' is counted from data/: write 'source: skl/trend.csv'")]
    [TestCase("../data/skl/trend.csv", "'source' is counted from data/: write 'source: skl/trend.csv'")]
    [TestCase("data/skl/tren.csv", "no data file 'data/skl/tren.csv'; 'source' is counted from data/: did you mean 'source: skl/trend.csv'?")]
    [TestCase("data/annat/fil.csv", "no data file 'data/annat/fil.csv'; 'source' is counted from data/: write 'source: annat/fil.csv'")]
    public void A_source_written_from_the_content_folder_says_it_is_counted_from_data(string source, string message)
    {
        using var content = WithTable($"source: {source}", "data/skl/trend.csv", "År,Antal\n2007,272\n");
        var lines = content.Build().Lines;
        Assert.That(lines, Is.EqualTo(new[] { $"pages/om.md:7:9: error PT0022: {message}" }));
        Assert.That(lines.Single(), Does.Not.Contain("data/data/"));
    }

    [Test]
    public void A_chart_source_written_from_the_content_folder_says_it_is_counted_from_data()
    {
        using var content = new TempContent();
        content.WithAboutPage("Diagrammet:\n\n```chart\nsource: data/skl/trend.csv\n```\n").With("data/skl/trend.csv", "År,Antal\n2007,272\n2018,230\n");
        Assert.That(content.Build().Lines, Is.EqualTo(new[]
        {
            "pages/om.md:7:9: error PT0022: 'source' is counted from data/: write 'source: skl/trend.csv'",
        }));
    }

    [Test]
    public void A_block_without_source_is_an_error_at_its_keys()
    {
        using var content = WithTable("caption: Utan källa");
        Assert.That(content.Build().Lines, Is.EqualTo(new[]
        {
            "pages/om.md:7:1: error PT0005: the required key 'source' is missing",
        }));
    }

    [Test]
    public void A_misspelt_source_is_one_error_at_the_misspelling()
    {
        using var content = WithTable("sorce: skl/trend.csv", "data/skl/trend.csv", "År,Antal\n2007,272\n");
        Assert.That(content.Build().Lines, Is.EqualTo(new[]
        {
            "pages/om.md:7:1: error PT0005: unknown key 'sorce': did you mean the required key 'source'?",
        }));
    }
}
