using System.Text.Json;
using Portal.Data;
using Portal.Input;

namespace Portal.Tests.OpenData;

/// <summary>data/partners.csv, .json and .geojson: one record per relationship, readable by any tool.</summary>
[TestFixture]
public sealed class OpenDataTests
{
    private static readonly string[] RequiredColumns = ["municipality", "name", "country", "type", "status", "since", "until", "url"];

    private BuildRun _demo = null!;
    private int _demoRelationships;

    [OneTimeSetUp]
    public void BuildDemoSite()
    {
        _demo = DemoSite.Get();
        Assert.That(_demo.Result.Succeeded, Is.True, _demo.Report);
        _demoRelationships = Directory.EnumerateFiles(Path.Combine(RepoPaths.DemoInput, "partners"), "*.md", SearchOption.AllDirectories)
            .Count(f => Path.GetFileName(f).Count(c => c == '.') == 1);
    }

    /// <summary>Reads a CSV the way the portal reads its own data files: decoded as UTF-8, then parsed.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> ReadCsv(BuildRun run)
    {
        var bytes = File.ReadAllBytes(Path.Combine(run.OutputDirectory, "data/partners.csv"));
        var bag = new DiagnosticBag();
        var text = TextDecoder.Decode(bytes, "partners.csv", bag);
        Assert.That(bag.HasErrors, Is.False);
        return CsvReader.Parse(text!);
    }

    private static List<Dictionary<string, string>> Records(IReadOnlyList<IReadOnlyList<string>> rows) =>
        rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();

    [Test]
    public void The_CSV_header_has_at_least_the_contract_columns() =>
        Assert.That(ReadCsv(_demo)[0], Is.SupersetOf(RequiredColumns));

    [Test]
    public void The_CSV_has_one_record_per_relationship()
    {
        var records = Records(ReadCsv(_demo));
        Assert.That(records, Has.Count.EqualTo(_demoRelationships));
        Assert.That(records.Select(r => r["url"]), Is.Unique);
        Assert.That(records.Select(r => r["url"]), Has.All.StartWith(DemoSite.BaseUrl + "samarbeten/"));
        Assert.That(records.Select(r => r["url"][DemoSite.BaseUrl.Length..]).Where(p => !_demo.Exists(p)), Is.Empty);
    }

    [Test]
    public void A_known_record_has_its_values()
    {
        var vanda = Records(ReadCsv(_demo)).Single(r => r["url"] == DemoSite.BaseUrl + "samarbeten/huddinge/vanda.html");
        Assert.That(vanda["municipality"], Is.EqualTo("huddinge"));
        Assert.That(vanda["name"], Is.EqualTo("Vanda"));
        Assert.That(vanda["country"], Is.EqualTo("FI"));
        Assert.That(vanda["type"], Is.EqualTo("twin-town"));
        Assert.That(vanda["status"], Is.EqualTo("ended"));
        Assert.That(vanda["since"], Is.Empty);
        Assert.That(vanda["until"], Is.EqualTo("2024"));
    }

    [Test]
    public void The_JSON_parses_and_matches_the_CSV()
    {
        var csv = Records(ReadCsv(_demo));
        using var json = JsonDocument.Parse(_demo.ReadText("data/partners.json"));
        var records = json.RootElement.EnumerateArray().ToList();
        Assert.That(records, Has.Count.EqualTo(csv.Count));
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var column in RequiredColumns)
            {
                var value = records[i].GetProperty(column);
                var text = value.ValueKind == JsonValueKind.Null ? string.Empty : value.ToString();
                Assert.That(text, Is.EqualTo(csv[i][column]), $"record {i}, {column}");
            }
        }
    }

    [Test]
    public void The_GeoJSON_is_a_collection_of_points_at_lon_lat()
    {
        using var geo = JsonDocument.Parse(_demo.ReadText("data/partners.geojson"));
        Assert.That(geo.RootElement.GetProperty("type").GetString(), Is.EqualTo("FeatureCollection"));
        var features = geo.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.That(features, Has.Count.EqualTo(_demoRelationships));
        Assert.That(features.Select(f => f.GetProperty("geometry").GetProperty("type").GetString()), Has.All.EqualTo("Point"));

        // Vanda lies at 60.29 N, 25.04 E: longitude first.
        var vanda = features.Single(f => f.GetProperty("properties").GetProperty("url").GetString() == DemoSite.BaseUrl + "samarbeten/huddinge/vanda.html");
        var coordinates = vanda.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.That(coordinates, Is.EqualTo(new[] { 25.04, 60.29 }));
        Assert.That(vanda.GetProperty("properties").GetProperty("name").GetString(), Is.EqualTo("Vanda"));
    }

    [Test]
    public void Urls_follow_a_base_url_given_on_the_command_line()
    {
        using var content = new TempContent();
        var run = content.Build(baseUrl: "https://kommun.example/vanorter/").AssertClean();
        Assert.That(Records(ReadCsv(run)).Single()["url"], Is.EqualTo("https://kommun.example/vanorter/samarbeten/huddinge/vanda.html"));
        using var geo = JsonDocument.Parse(run.ReadText("data/partners.geojson"));
        Assert.That(geo.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("url").GetString(),
            Is.EqualTo("https://kommun.example/vanorter/samarbeten/huddinge/vanda.html"));
    }

    [Test]
    public void Fields_with_commas_quotes_and_line_breaks_survive_a_round_trip()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 2, "name: 'Vanda, \"Vantaa\" stad'");
        content.WithLine("partners/huddinge/vanda.md", 3, "localName: \"Vantaa;\\nVanda\"");
        var run = content.Build().AssertClean();

        var rows = ReadCsv(run);
        Assert.That(rows, Has.Count.EqualTo(2), "a line break inside a quoted field is not a new record");
        var record = Records(rows).Single();
        Assert.That(record["name"], Is.EqualTo("Vanda, \"Vantaa\" stad"));
        Assert.That(record["localName"], Is.EqualTo("Vantaa;\nVanda"));
        Assert.That(record["since"], Is.EqualTo("1946"));
        Assert.That(record["until"], Is.EqualTo("2024-01-17"));
        Assert.That(run.ReadText("data/partners.csv"), Does.Contain("\"Vanda, \"\"Vantaa\"\" stad\""));

        using var json = JsonDocument.Parse(run.ReadText("data/partners.json"));
        Assert.That(json.RootElement[0].GetProperty("name").GetString(), Is.EqualTo("Vanda, \"Vantaa\" stad"));
    }
}
