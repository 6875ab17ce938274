using Portal.Data;

namespace Portal.Tests.Data;

public sealed class CsvReaderTests
{
    [Test]
    public void Reads_comma_separated_rows()
    {
        var rows = CsvReader.Parse("År,Antal\n2007,272\n2018,230\n");
        Assert.That(rows, Is.EqualTo(new[] { new[] { "År", "Antal" }, new[] { "2007", "272" }, new[] { "2018", "230" } }));
    }

    [Test]
    public void Reads_semicolon_separated_rows_as_Swedish_spreadsheets_write_them()
    {
        var rows = CsvReader.Parse("Område;Andel (%)\nNorden;12,5\nÖvriga Europa;40,1\n");
        Assert.That(rows, Is.EqualTo(new[] { new[] { "Område", "Andel (%)" }, new[] { "Norden", "12,5" }, new[] { "Övriga Europa", "40,1" } }));
    }

    [Test]
    public void Quoted_fields_hold_separators_quotes_and_line_breaks()
    {
        var rows = CsvReader.Parse("Område,Antal\n\"Norden (Finland, Norge)\",198\n\"Sa \"\"hej\"\"\",1\n\"två\nrader\",2\n");
        Assert.That(rows, Is.EqualTo(new[]
        {
            new[] { "Område", "Antal" },
            new[] { "Norden (Finland, Norge)", "198" },
            new[] { "Sa \"hej\"", "1" },
            new[] { "två\nrader", "2" },
        }));
    }

    [Test]
    public void Empty_fields_and_a_missing_final_newline_are_kept()
    {
        var rows = CsvReader.Parse("a,b,c\n1,,3\n,2,");
        Assert.That(rows, Is.EqualTo(new[] { new[] { "a", "b", "c" }, new[] { "1", "", "3" }, new[] { "", "2", "" } }));
    }

    [Test]
    public void Blank_lines_are_skipped() =>
        Assert.That(CsvReader.Parse("a,b\n\n1,2\n\n"), Has.Count.EqualTo(2));

    [Test]
    public void A_semicolon_file_whose_quoted_header_holds_commas_is_still_read_by_semicolons()
    {
        // The separator is the one that separates the header's fields, not one inside a quoted column name.
        var rows = CsvReader.Parse("\"Kommun, län, region\";Antal\nHuddinge, Stockholms län;3\n");
        Assert.That(rows, Is.EqualTo(new[] { new[] { "Kommun, län, region", "Antal" }, new[] { "Huddinge, Stockholms län", "3" } }));
    }

    [TestCase("plain", "plain")]
    [TestCase("Norden, Finland", "\"Norden, Finland\"")]
    [TestCase("Sa \"hej\"", "\"Sa \"\"hej\"\"\"")]
    [TestCase("två\nrader", "\"två\nrader\"")]
    public void Writes_a_field_quoted_only_when_it_needs_it(string field, string written) =>
        Assert.That(CsvReader.FormatRecord([field]), Is.EqualTo(written));

    [Test]
    public void What_it_writes_it_reads_back()
    {
        string?[] fields = ["Åbo, \"Turku\"", null, "a\nb", "<script>", "12,5;3"];
        var rows = CsvReader.Parse(CsvReader.FormatRecord(fields) + "\n");
        Assert.That(rows.Single(), Is.EqualTo(fields.Select(f => f ?? string.Empty)));
    }
}
