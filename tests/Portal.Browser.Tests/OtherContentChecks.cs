using System.Diagnostics;
using Portal.Browser.Tests.Support;
using Portal.Pipeline;

namespace Portal.Browser.Tests;

/// <summary>
/// Content that is not in this repository, built for a deeper sub-path and served by a different static server
/// (Python's http.server): pages of every kind still pass axe, make no outside request, log no error and reflow.
/// </summary>
[TestFixture]
public sealed class OtherContentChecks
{
    private const string SubPath = "/kommun/internationellt";
    private string _root = null!;
    private Process _server = null!;
    private Uri _baseUrl = null!;

    private static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["site.yml"] = "title: {sv: Lunds internationella kontakter, en: Lund's international contacts}\npublisher: Lunds kommun\nbaseUrl: https://www.lund.se/internationellt/\n",
        ["municipalities/lund.md"] = "---\nname: Lund\nlocation: {lat: 55.70, lon: 13.19}\ncounty: Skåne län\n---\nLund är en kommun i Skåne.\n",
        ["municipalities/region-skane.md"] = "---\nname: Region Skåne\nkind: region\nlocation: {lat: 56.03, lon: 14.16}\n---\nRegionen.\n",
        ["partners/lund/mariehamn.md"] = "---\nname: Mariehamn\ncountry: AX\nlocation: {lat: 60.10, lon: 19.94}\ntype: twin-town\nstatus: active\nsince: 1950\ndecisions: [avtal-1950]\n---\nEn vänort på Åland. Se [Tórshavn](torshavn.md).\n",
        ["partners/lund/torshavn.md"] = "---\nname: Tórshavn\ncountry: FO\nlocation: {lat: 62.01, lon: -6.77}\ntype: friendship-town\nstatus: sporadic\nsince: 1960\n---\nPå Färöarna.\n",
        ["partners/lund/nuuk.md"] = "---\nname: Nuuk\ncountry: GL\nlocation: {lat: 64.18, lon: -51.72}\ntype: cooperation\nstatus: dormant\n---\nPå Grönland.\n",
        ["partners/lund/kyoto.md"] = "---\nname: Kyoto\ncountry: JP\nlocation: {lat: 35.01, lon: 135.77}\ntype: partner-town\nstatus: ended\nsince: 1990\nuntil: 2005\n---\nI Japan.\n",
        ["partners/region-skane/kisumu.md"] = "---\nname: Kisumu\ncountry: KE\nlocation: {lat: -0.09, lon: 34.77}\ntype: municipal-partnership\nstatus: active\nfinancing: [sida-icld]\nnetwork: ostersjonatet\n---\nEtt kommunalt partnerskap.\n",
        ["partners/region-skane/gdansk.md"] = "---\nname: Gdańsk\ncountry: PL\nlocation: {lat: 54.35, lon: 18.65}\ntype: cooperation\nstatus: active\nnetwork: ostersjonatet\n---\nÖstersjösamarbete.\n",
        ["networks/ostersjonatet.md"] = "---\nname: Östersjönätet\nkind: network\ncountry: PL\nlocation: {lat: 54.35, lon: 18.65}\nmembers:\n  - municipality: lund\n    since: 1991\n    role: styrelseledamot\n---\nEtt nätverk.\n",
        ["decisions/avtal-1950.md"] = "---\ntitle: Vänortsavtal med Mariehamn\nmunicipality: lund\nbody: Kommunfullmäktige\ndate: 1950-05-01\nreference: \"KF 1950/12\"\noutcome: Bifall\nconcerns: [lund/mariehamn, ostersjonatet]\ndocuments: [assets/protokoll.pdf]\n---\nFullmäktige beslutade.\n",
        ["countries/ax.md"] = "---\n---\nÅland är självstyrt.\n",
        ["pages/om/historia/tidigt.md"] = "---\ntitle: Tidig historia\n---\n## Början\n\nText med en tabell.\n\n```chart\ntype: bars\nsource: siffror.csv\ncaption: Avtal per år\n```\n",
        ["pages/om.md"] = "---\ntitle: Om oss\n---\nOm portalen.\n",
        ["pages/om.en.md"] = "---\ntitle: About us\n---\nAbout the portal.\n",
        ["data/siffror.csv"] = "År,Avtal\n1950,1\n1990,3\n2005,2\n",
        ["assets/protokoll.pdf"] = "%PDF-1.4\n",
    };

    public static IEnumerable<string> PageKinds() =>
    [
        "index.html", "kommuner/lund.html", "kommuner/region-skane.html", "samarbeten/lund/kyoto.html", "lander/ax.html",
        "lander/fo.html", "natverk/ostersjonatet.html", "beslut/avtal-1950.html", "samarbeten/index.html", "om/historia/tidigt.html",
        "en/om.html", "en/lander/gl.html",
    ];

    [OneTimeSetUp]
    public async Task BuildAndServeAsync()
    {
        _root = Path.Combine(Path.GetTempPath(), "portal-other-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(_root, "content");
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, text);
        }

        var port = StaticServer.FreePort();
        _baseUrl = new Uri($"http://127.0.0.1:{port}{SubPath}/");
        var result = PortalBuild.Run(new BuildOptions(input, Path.Combine(_root, "www", "kommun", "internationellt"), Path.Combine(BrowserSite.RepositoryRoot(), "theme"), _baseUrl, _root));
        Assert.That(result.Succeeded && result.Warnings == 0, Is.True, string.Join("\n", result.Diagnostics));

        _server = Process.Start(new ProcessStartInfo("python3", ["-m", "http.server", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--directory", Path.Combine(_root, "www")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(_baseUrl, "index.html"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail("Python's http.server did not start");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        if (!_server.HasExited)
        {
            _server.Kill();
        }

        _server.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [TestCaseSource(nameof(PageKinds))]
    public async Task A_page_of_content_not_in_the_repository_is_accessible_and_self_contained(string path)
    {
        var audit = await PageAudit.RunAsync(BrowserSite.Browser, new Uri(_baseUrl, path), 375, Path.Combine(BrowserSite.ScreenshotDirectory, "other-content", $"{path.Replace('/', '_')}-375.png"));
        audit.AssertClean();
    }
}
