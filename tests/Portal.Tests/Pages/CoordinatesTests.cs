using System.Globalization;
using System.Text.Json;
using Portal.Pages;

namespace Portal.Tests.Pages;

/// <summary>
/// A position reads as its page's language writes numbers: Swedish with a decimal comma (60,29° N), English with a
/// point. The open data stays in the machine's form whatever the language, as programs read it.
/// </summary>
public sealed class CoordinatesTests
{
    [TestCase("sv", 60.29, 25.04, "60,29° N, 25,04° E")]
    [TestCase("en", 60.29, 25.04, "60.29° N, 25.04° E")]
    [TestCase("sv", -33.87, -70.65, "33,87° S, 70,65° W")]
    [TestCase("en", -33.87, -70.65, "33.87° S, 70.65° W")]
    [TestCase("sv", 64.18, -51.7, "64,18° N, 51,70° W")]
    public void A_position_is_written_as_the_language_writes_numbers(string language, double lat, double lon, string expected)
    {
        Assert.That(Coordinates.Format(new GeoPoint(lat, lon), CultureInfo.GetCultureInfo(language)), Is.EqualTo(expected));
    }

    [Test]
    public void A_relationship_page_shows_its_position_in_its_language_and_the_open_data_keeps_the_point()
    {
        using var content = new TempContent();
        var (files, lines) = SiteBuilder.Generate(content);

        string Position(string path) => HtmlPages.Parse(files[path]).QuerySelectorAll("dl.facts dt")
            .Single(dt => dt.TextContent == "Position").NextElementSibling!.TextContent;

        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Empty);
            Assert.That(Position("samarbeten/huddinge/vanda.html"), Is.EqualTo("60,29° N, 25,04° E"));
            Assert.That(Position("en/samarbeten/huddinge/vanda.html"), Is.EqualTo("60.29° N, 25.04° E"));
            Assert.That(files["data/partners.csv"], Does.Contain(",60.29,25.04,"));
            Assert.That(files["data/partners.json"], Does.Contain("\"lat\": 60.29").And.Not.Contain("60,29"));
            Assert.That(GeoJsonPosition(files["data/partners.geojson"]), Is.EqualTo(new[] { 25.04, 60.29 }));
        });
    }

    /// <summary>The first feature's position, read as a program reads it: JSON numbers, which have no decimal comma.</summary>
    private static double[] GeoJsonPosition(string geoJson)
    {
        using var document = JsonDocument.Parse(geoJson);
        return document.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")
            .EnumerateArray().Select(c => c.GetDouble()).ToArray();
    }
}
