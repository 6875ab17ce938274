namespace Portal.Tests.Binding;

/// <summary>Typed positions are checked against the country polygons, and a problem is a warning at the line of <c>location</c>.</summary>
public sealed class LocationCheckTests
{
    private const string Vanda = "partners/huddinge/vanda.md";

    private static IReadOnlyList<string> LinesWith(string path, int line, string text)
    {
        using var content = new TempContent();
        content.WithLine(path, line, text);
        return ContentModel.Load(content).Lines;
    }

    [Test]
    public void A_location_in_another_country_names_the_country_it_is_in() =>
        Assert.That(LinesWith(Vanda, 5, "location: {lat: 59.91, lon: 10.75}"), Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:5:1: warning PT0034: the location lies in Norway (NO), not in Finland (FI); check lat and lon (decimal degrees, north and east positive)",
        }));

    [Test]
    public void Swapped_lat_and_lon_get_their_own_message() =>
        Assert.That(LinesWith(Vanda, 5, "location: {lat: 25.04, lon: 60.29}"), Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:5:1: warning PT0034: did you swap lat and lon? {lat: 25.04, lon: 60.29} lies in no country (at sea, or far from land), but {lat: 60.29, lon: 25.04} lies in Finland (FI)",
        }));

    [Test]
    public void A_location_at_sea_says_so() =>
        Assert.That(LinesWith(Vanda, 5, "location: {lat: 57.0, lon: -30.0}"), Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:5:1: warning PT0034: the location lies in no country (at sea, or far from land), not in Finland (FI); check lat and lon (decimal degrees, north and east positive)",
        }));

    [Test]
    public void A_municipality_outside_Sweden_is_warned_about() =>
        Assert.That(LinesWith("municipalities/huddinge.md", 3, "location: {lat: 60.17, lon: 24.94}"), Is.EqualTo(new[]
        {
            "municipalities/huddinge.md:3:1: warning PT0034: the location lies in Finland (FI), not in Sweden (SE); check lat and lon (decimal degrees, north and east positive)",
        }));

    [Test]
    public void Coastal_and_island_towns_of_the_demo_content_pass() =>
        Assert.That(LinesWith(Vanda, 5, "location: {lat: 60.29, lon: 25.04}"), Is.Empty);
}
