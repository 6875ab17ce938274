namespace Portal.Browser.Tests;

/// <summary>
/// Every page type, in both languages, at desktop and phone width, in a real browser: no axe violation of WCAG 2.1
/// A and AA, no console error, no failed request, no request leaving the server, and no sideways scrolling at 320 px.
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
        from width in new[] { 1280, 375 }
        select new TestCaseData(language + page, width).SetName($"{language}{page} at {width} px");

    [TestCaseSource(nameof(Pages))]
    public async Task The_page_is_accessible_and_self_contained(string path, int width)
    {
        var audit = await PageAudit.RunAsync(
            BrowserSite.Browser,
            new Uri(BrowserSite.BaseUrl, path),
            width,
            Path.Combine(BrowserSite.ScreenshotDirectory, $"{path.Replace('/', '_')}-{width}.png"));
        audit.AssertClean(path.Contains("finns/", StringComparison.Ordinal) ? 404 : 200);
    }
}
