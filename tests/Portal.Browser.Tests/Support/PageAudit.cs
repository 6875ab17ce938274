namespace Portal.Browser.Tests.Support;

/// <summary>What one page load showed at each width: its status, axe's WCAG 2.1 A/AA and 2.2 AA violations, console
/// errors, failed requests, requests that tried to leave the server, and whether the page scrolls sideways at 320 px.</summary>
public sealed record PageAudit(int Status, IReadOnlyList<string> Violations, IReadOnlyList<string> ConsoleErrors, IReadOnlyList<string> FailedRequests, IReadOnlyList<string> OutsideRequests, bool ScrollsSideways)
{
    /// <summary>Loads the page once, at the first width, then audits and photographs it at each width in turn: the
    /// theme's layout is CSS alone (no script reads the viewport), so a resized page is laid out as one loaded at that
    /// width.</summary>
    public static async Task<PageAudit> RunAsync(IBrowser browser, Uri url, IReadOnlyList<int> widths, Func<int, string> screenshot)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = widths[0], Height = 900 } });
        var page = await context.NewPageAsync();
        var outside = new List<string>();
        var failed = new List<string>();
        var console = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Authority != url.Authority)
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
            // The browser reports the 404 status of the page itself as a console error; that one is expected.
            if (message.Type == "error" && !message.Text.Contains("404 (Not Found)", StringComparison.Ordinal))
            {
                console.Add(message.Text);
            }
        };

        var response = await page.GotoAsync(url.ToString());
        var violations = new List<string>();
        foreach (var width in widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            violations.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"at {width} px: {v}"));
            var file = screenshot(width);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        }

        await page.SetViewportSizeAsync(320, 900);
        var sideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        return new PageAudit(response!.Status, violations, console, failed, outside, sideways);
    }

    public void AssertClean(int expectedStatus = 200) =>
        Assert.Multiple(() =>
        {
            Assert.That(Status, Is.EqualTo(expectedStatus));
            Assert.That(Violations, Is.Empty, "axe violations");
            Assert.That(ConsoleErrors, Is.Empty, "console errors");
            Assert.That(FailedRequests, Is.Empty, "failed requests");
            Assert.That(OutsideRequests, Is.Empty, "requests leaving the site");
            Assert.That(ScrollsSideways, Is.False, "the page scrolls sideways at 320 px");
        });
}
