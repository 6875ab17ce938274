namespace Portal.Browser.Tests;

/// <summary>
/// One build of the demo site, one server and one browser, shared by every browser test: the suite stays fast.
/// The browser is <c>PORTAL_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>, else Playwright's own install.
/// </summary>
[SetUpFixture]
public sealed class BrowserSite
{
    public const string SubPath = "/internationellt";

    private static StaticServer? server;
    private static IPlaywright? playwright;
    private static IBrowser? browser;
    private static string? siteDirectory;

    public static Uri BaseUrl => server!.BaseUrl;

    public static IBrowser Browser => browser!;

    public static string SiteDirectory => siteDirectory!;

    public static string ScreenshotDirectory => Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var root = RepositoryRoot();
        var port = StaticServer.FreePort();
        siteDirectory = Path.Combine(Path.GetTempPath(), "portal-browser-" + Guid.NewGuid().ToString("N"));
        var result = PortalBuild.Run(new BuildOptions(
            Path.Combine(root, "input"),
            siteDirectory,
            Path.Combine(root, "theme"),
            new Uri($"http://127.0.0.1:{port}{SubPath}/"),
            root));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        server = await StaticServer.StartAsync(siteDirectory, port, SubPath);
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await LaunchAsync(playwright);
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (siteDirectory is not null && Directory.Exists(siteDirectory))
        {
            Directory.Delete(siteDirectory, recursive: true);
        }
    }

    /// <summary>
    /// The system's Chromium (its headless shell, or the browser) when there is one; else a developer's installed Google Chrome; else a browser
    /// Playwright installed itself.
    /// </summary>
    private static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var options = new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        };
        if (options.ExecutablePath is not null)
        {
            return await playwright.Chromium.LaunchAsync(options);
        }

        try
        {
            return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions(options) { Channel = "chrome" });
        }
        catch (PlaywrightException)
        {
            return await playwright.Chromium.LaunchAsync(options);
        }
    }

    /// <summary>
    /// The system's Chromium when there is one; null lets Playwright find another. Its headless shell first: the same
    /// engine without the browser's user interface, which Playwright itself runs for headless tests; opening a page in
    /// it costs a quarter of the processor time that the full browser's headless mode does.
    /// </summary>
    private static string? ChromiumPath() =>
        Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } given ? given
        : new[] { "/usr/bin/chromium-headless-shell", "/usr/bin/chromium" }.FirstOrDefault(File.Exists);

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test directory");
    }
}
