using System.Text;

namespace Portal.Tests.Data;

/// <summary>
/// Tables and charts have row, column and value limits, and data files a size limit, with defaults site.yml may
/// raise: a small file must not be able to take the build machine's memory or minutes of its time.
/// </summary>
public sealed class DataLimitTests
{
    private static string Page(string block) => $"---\ntitle: Statistik\n---\nSiffrorna.\n\n{block}\n";

    private static string Csv(int rows, int series = 1)
    {
        var text = new StringBuilder("år;" + string.Join(';', Enumerable.Range(1, series).Select(s => $"serie{s}")) + "\n");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row).Append(';').AppendJoin(';', Enumerable.Range(1, series).Select(s => (row * s).ToString(System.Globalization.CultureInfo.InvariantCulture))).Append('\n');
        }

        return text.ToString();
    }

    private static TempContent WithLimits(TempContent content, string limits) =>
        content.With("site.yml", TempContent.MinimalFiles["site.yml"] + $"\nlimits: {{{limits}}}\n");

    [Test]
    public void A_CSV_table_over_the_row_limit_is_an_error_at_the_file()
    {
        using var content = new TempContent();
        content.With("data/rader.csv", Csv(ContentLimits.Default.TableRows + 1));

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { "data/rader.csv:1:1: error PT0045: the table has 5001 rows, more than the limit of 5000; split the table, or raise limits.tableRows in site.yml" }));
    }

    [Test]
    public void A_table_at_the_row_limit_is_shown_whole()
    {
        using var content = new TempContent();
        content.With("data/rader.csv", Csv(ContentLimits.Default.TableRows)).With("pages/statistik.md", Page("```table\nsource: rader.csv\n```"));

        var run = content.Build().AssertClean();

        Assert.That(run.Html("statistik.html").QuerySelectorAll("table tbody tr"), Has.Length.EqualTo(ContentLimits.Default.TableRows));
    }

    [Test]
    public void A_YAML_table_whose_rows_each_name_a_key_of_their_own_is_an_error_at_the_first_key_over_the_column_limit()
    {
        // 10,000 rows of one key each, 109 KB: laid out as a table, 10,000 × 10,000 cells.
        using var content = new TempContent();
        content.With("data/nycklar.yml", string.Concat(Enumerable.Range(0, 10_000).Select(i => $"- nyckel{i}: {i}\n")));

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { "data/nycklar.yml:101:3: error PT0045: the table has 10000 columns, more than the limit of 100; in a YAML or JSON table every row has the same keys. Split the table, or raise limits.tableColumns in site.yml" }));
    }

    [Test]
    public void A_JSON_table_whose_rows_each_name_a_key_of_their_own_is_an_error()
    {
        using var content = new TempContent();
        content.With("data/nycklar.json", "[" + string.Join(",\n", Enumerable.Range(0, 5_000).Select(i => $"{{\"k{i}\": {i}}}")) + "]");

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { "data/nycklar.json:1:1: error PT0045: the table has 5000 columns, more than the limit of 100; in a YAML or JSON table every row has the same keys. Split the table, or raise limits.tableColumns in site.yml" }));
    }

    [Test]
    public void A_YAML_table_over_the_row_limit_is_an_error_at_the_first_row_over_it()
    {
        using var content = new TempContent();
        WithLimits(content, "tableRows: 3").With("data/rader.yml", "- år: 1\n- år: 2\n- år: 3\n- år: 4\n");

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { "data/rader.yml:4:3: error PT0045: the table has 4 rows, more than the limit of 3; split the table, or raise limits.tableRows in site.yml" }));
    }

    [Test]
    public void A_chart_of_more_values_than_its_limit_is_an_error_at_the_block()
    {
        using var content = new TempContent();
        content.With("data/rader.csv", Csv(400, series: 3)).With("pages/statistik.md", Page("```chart\nsource: rader.csv\n```"));

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { "pages/statistik.md:6:1: error PT0045: the chart would draw 1200 values (400 rows × 3 series), more than the limit of 1000; draw fewer series or a shorter table, or raise limits.chartValues in site.yml" }));
    }

    [Test]
    public void Raised_limits_let_a_larger_table_and_chart_build()
    {
        using var content = new TempContent();
        WithLimits(content, "tableRows: 6000, chartValues: 1500")
            .With("data/rader.csv", Csv(6_000))
            .With("data/diagram.csv", Csv(500, series: 3))
            .With("pages/statistik.md", Page("```table\nsource: rader.csv\n```\n\n```chart\nsource: diagram.csv\n```"));

        var run = content.Build().AssertClean();

        Assert.That(run.Html("statistik.html").QuerySelectorAll("svg"), Is.Not.Empty);
    }

    [Test]
    public void A_data_file_over_its_size_limit_is_not_read()
    {
        using var content = new TempContent();
        WithLimits(content, "dataFileSize: 1 KB").With("data/stor.csv", Csv(200));

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { $"data/stor.csv:1:1: error PT0044: the file is {Portal.Model.FileSize.Describe(Encoding.UTF8.GetByteCount(Csv(200)))}, more than the limit of 1 KB; split it, or raise limits.dataFileSize in site.yml" }));
    }

    [Test]
    public void Limits_that_are_not_sizes_or_counts_are_errors_at_their_values()
    {
        using var content = new TempContent();
        WithLimits(content, "textFileSize: stor, dataFileSize: 0 MB, tableRows: -1, chartValues: 2.5, assetFileSize: 5 TB");

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            "site.yml:7:24: error PT0007: 'stor' is not a size for 'textFileSize'; write a number with KB or MB, such as 2 MB or 512 KB",
            "site.yml:7:44: error PT0007: '0 MB' is not a size for 'dataFileSize'; write a number with KB or MB, such as 2 MB or 512 KB",
            "site.yml:7:61: error PT0007: 'tableRows' must be a whole number (1 or more), not '-1'",
            "site.yml:7:78: error PT0007: 'chartValues' must be a whole number (1 or more), not '2.5'",
            "site.yml:7:98: error PT0007: '5 TB' is not a size for 'assetFileSize'; write a number with KB or MB, such as 2 MB or 512 KB",
        }));
    }

    [TestCase("2 MB", 2 * 1024 * 1024)]
    [TestCase("512 KB", 512 * 1024)]
    [TestCase("1.5 MB", 1536 * 1024)]
    [TestCase("2MB", 2 * 1024 * 1024)]
    [TestCase("1 MiB", 1024 * 1024)]
    [TestCase("1 gb", 1024 * 1024 * 1024)]
    [TestCase("100", 100)]
    [TestCase("100 bytes", 100)]
    public void Sizes_are_read_as_editors_write_them(string text, long bytes) =>
        Assert.That(FileSize.Parse(text), Is.EqualTo(bytes));

    [TestCase("")]
    [TestCase("MB")]
    [TestCase("0")]
    [TestCase("-1 MB")]
    [TestCase("1,5 MB")]
    [TestCase("2 TB")]
    [TestCase("2000 GB")]
    public void What_is_not_a_size_is_not_read_as_one(string text) =>
        Assert.That(FileSize.Parse(text), Is.Null);

    [TestCase(12L, "12 bytes")]
    [TestCase(1024L, "1 KB")]
    [TestCase(3000L, "2.9 KB")]
    [TestCase(1024L * 1024, "1 MB")]
    [TestCase(56_832_000L, "54.2 MB")]
    public void Sizes_are_described_as_file_managers_show_them(long bytes, string text) =>
        Assert.That(FileSize.Describe(bytes), Is.EqualTo(text));
}
