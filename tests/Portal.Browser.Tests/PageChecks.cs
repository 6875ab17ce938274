using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Browser.Tests.Support;

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
        await using var context = await BrowserSite.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        var outside = new List<string>();
        var failed = new List<string>();
        var console = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Authority != BrowserSite.BaseUrl.Authority)
            {
                outside.Add(route.Request.Url);
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        page.RequestFailed += (_, request) => failed.Add($"{request.Url}: {request.Failure}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(path.StartsWith("finns", StringComparison.Ordinal) || path.StartsWith("en/finns", StringComparison.Ordinal)))
            {
                console.Add(message.Text);
            }
        };

        var response = await page.GotoAsync(new Uri(BrowserSite.BaseUrl, path).ToString());
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserSite.ScreenshotDirectory, $"{path.Replace('/', '_')}-{width}.png"),
            FullPage = true,
        });
        await page.SetViewportSizeAsync(320, 900);
        var sideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

        var violations = (axe.Violations ?? []).Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(response!.Status, Is.EqualTo(path.Contains("finns/", StringComparison.Ordinal) ? 404 : 200));
            Assert.That(violations, Is.Empty, "axe violations");
            Assert.That(console, Is.Empty, "console errors");
            Assert.That(failed, Is.Empty, "failed requests");
            Assert.That(outside, Is.Empty, "requests leaving the site");
            Assert.That(sideways, Is.False, "the page scrolls sideways at 320 px");
        });
    }
}
