using System.Diagnostics;

namespace Portal.Browser.Tests;

/// <summary>
/// Content that is not in this repository, built for a deeper sub-path with a non-ASCII name (<c>/kommun/vänorter/</c>,
/// requested as <c>/kommun/v%C3%A4norter/</c>) and served by a different static server (Python's http.server): pages of
/// every kind still pass axe, make no outside request, log no error and reflow, and an asset named with a space opens.
/// </summary>
[TestFixture]
public sealed class OtherContentChecks
{
    private const string SubPath = "/kommun/vänorter";
    private string _root = null!;
    private Process _server = null!;
    private Uri _baseUrl = null!;

    public static IEnumerable<string> PageKinds() =>
    [
        "index.html", "kommuner/lund.html", "kommuner/region-skane.html", "samarbeten/lund/kyoto.html", "lander/ax.html",
        "lander/fo.html", "natverk/ostersjonatet.html", "beslut/avtal-1950.html", "samarbeten/index.html", "om/historia/tidigt.html",
        "en/om.html", "en/lander/gl.html", "samarbeten/sida-2.html", "en/samarbeten/sida-2.html", "lander/ke/sida-2.html",
    ];

    /// <summary>A hundred more partners, in Kenya and four kilometres apart, so that the relationships, and Kenya's, take two pages.</summary>
    private static void WriteManyPartners(string input)
    {
        for (var i = 0; i < 100; i++)
        {
            var lat = (-1.0 + (i * 0.035)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllText(
                Path.Combine(input, "partners", "region-skane", $"ort-{i:000}.md"),
                $"---\nname: Ort {i:000}\ncountry: KE\nlocation: {{lat: {lat}, lon: 37.0}}\ntype: cooperation\nstatus: active\n---\nEtt samarbete.\n");
        }
    }

    [OneTimeSetUp]
    public async Task BuildAndServeAsync()
    {
        _root = Path.Combine(Path.GetTempPath(), "portal-other-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(_root, "content");
        LundContent.WriteTo(input);
        WriteManyPartners(input);

        var port = StaticServer.FreePort();
        _baseUrl = new Uri($"http://127.0.0.1:{port}{SubPath}/");
        var result = PortalBuild.Run(new BuildOptions(input, Path.Combine(_root, "www", "kommun", "vänorter"), Path.Combine(BrowserSite.RepositoryRoot(), "theme"), _baseUrl, _root));
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
        var audit = await PageAudit.RunAsync(BrowserSite.Browser, new Uri(_baseUrl, path), [375], width => Path.Combine(BrowserSite.ScreenshotDirectory, "other-content", $"{path.Replace('/', '_')}-{width}.png"));
        audit.AssertClean();
    }

    [Test]
    public async Task A_document_named_with_a_space_opens_from_its_decision_page()
    {
        var page = await BrowserSite.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(_baseUrl, "beslut/avtal-1950.html").AbsoluteUri);
        var link = page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "protokoll 1950.pdf" });
        var href = await link.GetAttributeAsync("href");

        var response = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).AbsoluteUri);

        Assert.That(href, Is.EqualTo("../assets/protokoll%201950.pdf"));
        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(await response.TextAsync(), Does.StartWith("%PDF-"));
        await page.CloseAsync();
    }
}
