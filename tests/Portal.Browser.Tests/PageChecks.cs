namespace Portal.Browser.Tests;

/// <summary>
/// Every page type, in both languages, at desktop and phone width, in a real browser: no axe violation of WCAG 2.1
/// A and AA or 2.2 AA, no console error, no failed request, no request leaving the server, and no sideways scrolling at 320 px.
/// </summary>
[TestFixture]
public sealed class PageChecks
{
    private static readonly string[] PageTypes =
    [
        "index.html",
        "samarbeten/huddinge/vanda.html",
        "kommuner/vanersborg.html",
        "lander/dk.html",
        "natverk/nordiska-vanortskedjan.html",
        "natverk/metropolis.html",
        "beslut/huddinge-avslutar-vanortssamarbetet-2024.html",
        "samarbeten/index.html",
        "lander/index.html",
        "natverk/index.html",
        "beslut/index.html",
        "kommuner/index.html",
        "om.html",
        "statistik.html",
        "tillganglighet.html",
        "finns/inte/alls.html",
    ];

    public static IEnumerable<TestCaseData> Pages() =>
        from language in new[] { string.Empty, "en/" }
        from page in PageTypes
        select new TestCaseData(language + page).SetName($"{language}{page} at 1280 and 375 px");

    [TestCaseSource(nameof(Pages))]
    public async Task The_page_is_accessible_and_self_contained(string path)
    {
        var audit = await PageAudit.RunAsync(
            BrowserSite.Browser,
            new Uri(BrowserSite.BaseUrl, path),
            [1280, 375],
            width => Path.Combine(BrowserSite.ScreenshotDirectory, $"{path.Replace('/', '_')}-{width}.png"));
        audit.AssertClean(path.Contains("finns/", StringComparison.Ordinal) ? 404 : 200);
    }

    /// <summary>The audit itself can fail: a page with an image without a text alternative, grey-on-white text and
    /// two tiny adjacent buttons breaks a WCAG 2.0 rule, a 2.1 AA rule and the 2.2 AA target size rule.</summary>
    [Test]
    public async Task The_audit_reports_the_violations_of_a_page_that_has_them()
    {
        await using var context = await BrowserSite.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="sv"><head><title>Fel</title></head><body><main><h1>Fel</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <p style="color:#bbb;background:#fff">Svag text</p>
            <button style="width:8px;height:8px;padding:0;border:0">a</button><button style="width:8px;height:8px;padding:0;border:0">b</button>
            </main></body></html>
            """);

        var rules = (await Axe.ViolationsAsync(page)).Select(v => v.Split(':')[0]);

        Assert.That(rules, Is.SupersetOf(new[] { "image-alt", "color-contrast", "target-size" }));
    }
}
