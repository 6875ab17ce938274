namespace Portal.Browser.Tests;

/// <summary>
/// Search on content that is not in this repository (Örebro's, with Tammerfors, in Finnish Tampere), built for its own
/// sub-path and served by the same static server with the same policy: the index is the content's, not the demo's.
/// </summary>
[TestFixture]
public sealed class SearchOtherContentChecks
{
    private const string SubPath = "/orebro/internationellt";

    private static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["site.yml"] = "title: {sv: Örebros internationella kontakter, en: Örebro's international contacts}\npublisher: Örebro kommun\nbaseUrl: https://www.orebro.se/internationellt/\n",
        ["municipalities/orebro.md"] = "---\nname: Örebro\nlocation: {lat: 59.27, lon: 15.21}\ncounty: Örebro län\n---\nÖrebro är en kommun i Närke.\n",
        // The local name is only in the front matter, so a match on it comes from the name and not from the text.
        ["partners/orebro/tammerfors.md"] = "---\nname: Tammerfors\nlocalName: Tampere\ncountry: FI\nlocation: {lat: 61.50, lon: 23.76}\ntype: twin-town\nstatus: active\nsince: 1946\n---\nEn vänort i Finland sedan efterkrigsåren.\n",
        ["partners/orebro/drammen.md"] = "---\nname: Drammen\ncountry: \"NO\"\nlocation: {lat: 59.74, lon: 10.20}\ntype: twin-town\nstatus: active\nsince: 1946\n---\nEn vänort i Norge.\n",
        ["partners/orebro/lodz.md"] = "---\nname: Łódź\ncountry: PL\nlocation: {lat: 51.76, lon: 19.46}\ntype: cooperation\nstatus: ended\nsince: 1995\nuntil: 2005\n---\nŁódź och Örebro samarbetade om skolor.\n",
    };

    private string _root = null!;
    private StaticServer _server = null!;

    [OneTimeSetUp]
    public async Task BuildAndServeAsync()
    {
        _root = Path.Combine(Path.GetTempPath(), "portal-search-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(_root, "content");
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, text);
        }

        var port = StaticServer.FreePort();
        var site = Path.Combine(_root, "site");
        var result = PortalBuild.Run(new BuildOptions(input, site, Path.Combine(BrowserSite.RepositoryRoot(), "theme"), new Uri($"http://127.0.0.1:{port}{SubPath}/"), _root));
        Assert.That(result.Succeeded && result.Warnings == 0, Is.True, string.Join("\n", result.Diagnostics));
        _server = await StaticServer.StartAsync(site, port, SubPath);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [TestCase("", "Tammerfors")]
    [TestCase("", "Tampere")]
    [TestCase("", "tammerfors")]
    [TestCase("en/", "Tampere")]
    public async Task A_partner_of_other_content_is_found_by_its_names(string prefix, string query)
    {
        await using var search = await SearchSession.OpenAsync(_server.BaseUrl, prefix + "sok.html");
        await search.TypeAsync(query);
        var count = await search.AnnouncedCountAsync(query);
        var results = await search.ShownResultsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(count, Is.GreaterThan(0));
            Assert.That(results.Select(r => r.Href).FirstOrDefault(), Is.EqualTo(search.Address(prefix + "samarbeten/orebro/tammerfors.html").AbsoluteUri), "Tammerfors comes first");
            Assert.That(results[0].Title, Is.EqualTo("Tammerfors"));
            Assert.That(results[0].Meta, Does.Contain("Örebro").And.Contain("Finland"));
            Assert.That(results.Select(r => r.Href), Has.None.Contains("drammen").And.None.Contains("lodz"), "the other partners do not match");
            Assert.That(search.ConsoleErrors, Is.Empty);
            Assert.That(search.OutsideRequests(), Is.Empty);
        });
    }

    [Test]
    public async Task A_letter_that_does_not_decompose_is_folded_too()
    {
        // ł has no combining mark to drop; the index's fold table maps it to l.
        await using var search = await SearchSession.OpenAsync(_server.BaseUrl, "sok.html");
        await search.Query.FocusAsync();
        await search.Query.FillAsync("lodz");
        await search.Query.PressAsync("Enter");
        await search.AnnouncedCountAsync("lodz");
        var lodz = (await search.ShownResultsAsync()).SingleOrDefault(r => r.Title == "Łódź");
        Assert.That(lodz, Is.Not.Null, "“lodz” finds Łódź");
        Assert.That(lodz!.Marks, Has.Member("Łódź"), "and marks it in the excerpt");
    }
}
