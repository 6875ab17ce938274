using System.Text.Json;
using Portal.Data;
using Portal.Input;

namespace Portal.Tests.OpenData;

/// <summary>data/history.csv and .json: one record per change of status, of the demo's relationships and memberships.</summary>
[TestFixture]
public sealed class HistoryOpenDataTests
{
    private BuildRun _demo = null!;

    [OneTimeSetUp]
    public void BuildDemoSite()
    {
        _demo = DemoSite.Get();
        Assert.That(_demo.Result.Succeeded, Is.True, _demo.Report);
    }

    private List<Dictionary<string, string>> CsvRecords()
    {
        var bag = new DiagnosticBag();
        var rows = CsvReader.Parse(TextDecoder.Decode(File.ReadAllBytes(Path.Combine(_demo.OutputDirectory, "data/history.csv")), "history.csv", bag)!);
        Assert.That(bag.HasErrors, Is.False);
        return [.. rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }

    [Test]
    public void Each_change_in_the_demos_histories_is_a_record_with_its_decisions_page()
    {
        var records = CsvRecords();
        var utajarvi = records.Where(r => r["url"] == DemoSite.BaseUrl + "samarbeten/vanersborg/utajarvi.html").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(utajarvi.Select(r => (r["subject"], r["municipality"], r["slug"], r["name"], r["date"], r["status"])), Is.EqualTo(new[]
            {
                ("relationship", "vanersborg", "utajarvi", "Utajärvi", "1948", "active"),
                ("relationship", "vanersborg", "utajarvi", "Utajärvi", "1976", "ended"),
            }));
            Assert.That(utajarvi.Select(r => r["decision"]), Has.All.EqualTo("vanersborg-kartlaggning-vanorter-2014"));
            Assert.That(records.Where(r => r["decisionUrl"] != string.Empty).Select(r => r["decisionUrl"][DemoSite.BaseUrl.Length..]).Distinct().Where(p => !_demo.Exists(p)), Is.Empty, "every decision's address is a page");
            Assert.That(records.Select(r => r["url"][DemoSite.BaseUrl.Length..]).Distinct().Where(p => !_demo.Exists(p)), Is.Empty, "every record's page exists");
        });
    }

    [Test]
    public void A_membership_change_names_the_network_and_the_municipality()
    {
        var metropolis = CsvRecords().Single(r => r["subject"] == "membership" && r["slug"] == "metropolis");
        Assert.That((metropolis["municipality"], metropolis["name"], metropolis["date"], metropolis["status"], metropolis["decision"]), Is.EqualTo(("stockholm", "Metropolis", "2011-12-31", "ended", "stockholm-oversyn-internationella-organisationer-2011")));
    }

    [Test]
    public void The_JSON_holds_the_same_records_as_the_CSV()
    {
        using var json = JsonDocument.Parse(_demo.ReadText("data/history.json"));
        var fromJson = json.RootElement.EnumerateArray()
            .Select(e => e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? string.Empty : p.Value.GetString()!))
            .ToList();
        Assert.That(fromJson, Is.EqualTo(CsvRecords()));
        Assert.That(fromJson, Has.Count.GreaterThanOrEqualTo(20), "the demo's Vänersborg chain, Utajärvi, Vanda and Stockholm's memberships");
    }
}
