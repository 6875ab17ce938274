using System.Text;
using System.Text.Json;
using Portal.Data;
using Portal.Input;
using Portal.OpenData;
using Portal.Output;

namespace Portal.Tests.OpenData;

/// <summary>
/// A large site's open data is written straight into its files, a piece at a time, never whole in memory: every record
/// still arrives, in order, and the file on disk has the same bytes as the one a preview keeps in memory.
/// </summary>
[TestFixture]
public sealed class LargeOpenDataTests
{
    // Enough records for each file to be several times the JSON writer's flush size and the stream's buffer.
    private const int Count = 3000;

    private static readonly PartnerRecord[] Records =
    [
        .. Enumerable.Range(0, Count).Select(i => new PartnerRecord(
            "huddinge", "Huddinge kommun", $"Ort {i:D4}", i % 3 == 0 ? $"Paikka \"{i}\", Åbo" : null, "FI", "Finland", null,
            "twin-town", "active", (1950 + i % 70).ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            60 + i / 10000.0, 24 + i / 10000.0, null, $"https://example.org/samarbeten/huddinge/ort-{i:D4}.html")),
    ];

    private static readonly NetworkSeatRecord[] Seats = [new("eurocities", "Eurocities", "network", "BE", "Belgien", 2, 50.85, 4.35, "https://example.org/natverk/eurocities.html")];

    private TempDirectory _directory = null!;
    private Dictionary<string, byte[]> _onDisk = null!;
    private Dictionary<string, byte[]> _inMemory = null!;

    [OneTimeSetUp]
    public void WriteBothWays()
    {
        _directory = new TempDirectory();
        var output = _directory.Combine("site");
        AtomicSiteWriter.Write(output, [.. OpenDataWriter.Write(Records, Seats, [])]);
        _onDisk = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

        var memory = new SiteInMemory();
        foreach (var file in OpenDataWriter.Write(Records, Seats, []))
        {
            memory.Add(file);
        }

        _inMemory = memory.Files.ToDictionary(f => f.Path, f => f.Content!, StringComparer.Ordinal);
    }

    [OneTimeTearDown]
    public void Remove() => _directory.Dispose();

    [Test]
    public void Each_file_on_disk_has_the_same_bytes_as_in_memory()
    {
        Assert.That(_onDisk.Keys, Is.EquivalentTo(new[] { OutputMark.FileName, "data/partners.csv", "data/partners.json", "data/partners.geojson", "data/networks.geojson", "data/history.csv", "data/history.json" }));
        Assert.Multiple(() =>
        {
            foreach (var (path, bytes) in _inMemory)
            {
                Assert.That(_onDisk[path], Is.EqualTo(bytes), path);
            }
        });
    }

    [Test]
    public void The_JSON_holds_every_record_in_order_and_ends_with_a_line_break()
    {
        var bytes = _onDisk["data/partners.json"];
        Assert.That(bytes, Has.Length.GreaterThan(4 * 64 * 1024), "large enough to be written in many pieces");
        Assert.That(bytes[^1], Is.EqualTo((byte)'\n'));
        using var json = JsonDocument.Parse(bytes);
        var names = json.RootElement.EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.That(names, Is.EqualTo(Records.Select(r => r.Name)));
        Assert.That(json.RootElement[3].GetProperty("localName").GetString(), Is.EqualTo("Paikka \"3\", Åbo"));
    }

    [Test]
    public void The_GeoJSON_holds_every_point_and_ends_with_a_line_break()
    {
        var bytes = _onDisk["data/partners.geojson"];
        Assert.That(bytes[^1], Is.EqualTo((byte)'\n'));
        using var json = JsonDocument.Parse(bytes);
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.That(features, Has.Count.EqualTo(Count));
        Assert.That(features[^1].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()), Is.EqualTo(new[] { 24.2999, 60.2999 }));
    }

    [Test]
    public void The_CSV_starts_with_a_byte_order_mark_and_has_a_row_per_record_each_ending_in_CR_LF()
    {
        var bytes = _onDisk["data/partners.csv"];
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.That(text, Does.EndWith("ort-2999.html\r\n"));
        var bag = new DiagnosticBag();
        var rows = CsvReader.Parse(TextDecoder.Decode(bytes, "partners.csv", bag)!);
        Assert.That(rows, Has.Count.EqualTo(Count + 1));
        Assert.That(rows[4][3], Is.EqualTo("Paikka \"3\", Åbo"));
    }
}
