using System.Diagnostics;
using System.Globalization;

namespace Portal.Browser.Tests;

/// <summary>
/// The editor's loop, end to end: the real <c>portal preview</c> process, as published, on content that is not in this repository,
/// an open page in Chromium, and the content file edited on disk. The page follows the edit by itself, broken front
/// matter shows an overlay over the last good page without stopping the server, mending it brings the page back, an
/// edited stylesheet restyles the page from its new folder, and Ctrl+C (SIGINT) stops the process cleanly.
/// </summary>
[TestFixture]
public sealed class PreviewLiveReload
{
    /// <summary>The limit; the aim is far lower, and the time taken is printed.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    private string _root = null!;
    private string _file = null!;
    private string _theme = null!;
    private Process _preview = null!;
    private readonly List<string> _log = [];
    private Uri _address = null!;

    [OneTimeSetUp]
    public async Task StartPreviewAsync()
    {
        _root = Path.Combine(Path.GetTempPath(), "portal-preview-" + Guid.NewGuid().ToString("N"));
        LundContent.WriteTo(Path.Combine(_root, "content"));
        _file = Path.Combine(_root, "content", "partners", "lund", "kyoto.md");

        // The repository's theme, copied so that a test can edit its stylesheet.
        _theme = Path.Combine(_root, "theme");
        var repositoryTheme = Path.Combine(BrowserSite.RepositoryRoot(), "theme");
        foreach (var file in Directory.EnumerateFiles(repositoryTheme, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_theme, Path.GetRelativePath(repositoryTheme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var port = StaticServer.FreePort();
        _address = new Uri($"http://localhost:{port}/");

        // The portal as it ships: the native executable that scripts/test.sh publishes and names in PORTAL_PUBLISHED.
        var portal = Path.Combine(Environment.GetEnvironmentVariable("PORTAL_PUBLISHED") ?? Path.Combine(BrowserSite.RepositoryRoot(), ".tools", "published"), "portal");
        Assert.That(File.Exists(portal), Is.True, $"no published portal at {portal}; run scripts/test.sh, which publishes it");
        var start = new ProcessStartInfo(portal, ["preview", "--input", "content", "--theme", _theme, "--port", port.ToString(CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        _preview = Process.Start(start)!;
        _preview.OutputDataReceived += (_, e) => Log(e.Data);
        _preview.ErrorDataReceived += (_, e) => Log(e.Data);
        _preview.BeginOutputReadLine();
        _preview.BeginErrorReadLine();
        await WaitForLogAsync("Built in ", TimeSpan.FromSeconds(60));
    }

    [OneTimeTearDown]
    public void StopPreview()
    {
        if (!_preview.HasExited)
        {
            _preview.Kill(entireProcessTree: true);
        }

        _preview.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Test, Order(1)]
    public async Task An_open_page_follows_an_edit_breaks_visibly_and_recovers_by_itself()
    {
        var (context, page, consoleErrors) = await OpenAsync();
        await page.GotoAsync(new Uri(_address, "samarbeten/lund/kyoto.html").ToString());
        var heading = page.Locator("h1");
        await Assertions.Expect(heading).ToHaveTextAsync("Kyoto");
        await WaitForEventStreamAsync(page);

        // 1. An edit shows by itself.
        var clock = Stopwatch.StartNew();
        Edit("name: Kyoto", "name: Kyōto");
        await Assertions.Expect(heading).ToHaveTextAsync("Kyōto", new() { Timeout = (float)Limit.TotalMilliseconds });
        TestContext.Out.WriteLine($"The edit showed in the open page after {clock.ElapsedMilliseconds} ms.");

        // 2. Broken front matter: the overlay names the file and line over the last good page; the server stays up.
        Edit("type: partner-town", "type: [partner-town");
        var overlay = page.Locator("#portal-preview-errors");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = (float)Limit.TotalMilliseconds });
        await Assertions.Expect(overlay).ToContainTextAsync("content/partners/lund/kyoto.md:5:");
        await Assertions.Expect(overlay.Locator("h2")).ToHaveTextAsync("Innehållet har fel");
        await Assertions.Expect(heading).ToHaveTextAsync("Kyōto");
        Directory.CreateDirectory(Path.Combine(BrowserSite.ScreenshotDirectory, "preview"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotDirectory, "preview", "error-overlay.png") });
        Assert.That(await Axe.ViolationsAsync(page), Is.Empty, "the overlay is accessible too");
        Assert.That(_preview.HasExited, Is.False, "bad content never stops the server");

        // A page opened while the content is broken shows the same errors at once.
        var other = await context.NewPageAsync();
        await other.GotoAsync(_address.ToString());
        await Assertions.Expect(other.Locator("#portal-preview-errors")).ToContainTextAsync("kyoto.md:5:");

        // 3. Mending the file brings the page back, without the overlay, on both pages.
        Edit("type: [partner-town", "type: partner-town");
        Edit("name: Kyōto", "name: Kyoto-shi");
        await Assertions.Expect(heading).ToHaveTextAsync("Kyoto-shi", new() { Timeout = (float)Limit.TotalMilliseconds });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        await Assertions.Expect(other.Locator("#portal-preview-errors")).ToHaveCountAsync(0, new() { Timeout = (float)Limit.TotalMilliseconds });
        Assert.That(consoleErrors, Is.Empty);
        await context.CloseAsync();
    }

    [Test, Order(2)]
    public async Task An_edited_stylesheet_restyles_the_open_page_by_itself()
    {
        var (context, page, consoleErrors) = await OpenAsync();
        await page.GotoAsync(new Uri(_address, "samarbeten/lund/kyoto.html").ToString());
        await WaitForEventStreamAsync(page);
        const string Stylesheet = "() => document.querySelector('link[rel=stylesheet]').href";
        var before = await page.EvaluateAsync<string>(Stylesheet);

        var clock = Stopwatch.StartNew();
        File.AppendAllText(Path.Combine(_theme, "components", "site", "site.css"), "\n.site-header { outline: 3px solid rgb(1, 2, 3); }\n");
        await Assertions.Expect(page.Locator(".site-header")).ToHaveCSSAsync("outline-color", "rgb(1, 2, 3)", new() { Timeout = (float)Limit.TotalMilliseconds });
        TestContext.Out.WriteLine($"The edited stylesheet showed in the open page after {clock.ElapsedMilliseconds} ms.");

        Assert.That(await page.EvaluateAsync<string>(Stylesheet), Is.Not.EqualTo(before), "from the theme's new folder");
        Assert.That(consoleErrors, Is.Empty, "no request for a stylesheet that was not there");
        await context.CloseAsync();
    }

    [Test, Order(3)]
    public async Task Ctrl_C_stops_the_preview_cleanly()
    {
        using var interrupt = Process.Start("kill", ["-INT", _preview.Id.ToString(CultureInfo.InvariantCulture)])!;
        await interrupt.WaitForExitAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _preview.WaitForExitAsync(timeout.Token);
        _preview.WaitForExit();

        Assert.Multiple(() =>
        {
            Assert.That(_preview.ExitCode, Is.Zero, Logged());
            Assert.That(Logged(), Does.Contain("Preview stopped."));
            Assert.That(Logged(), Does.Not.Contain("   at "), "no stack trace");
        });
    }

    private void Edit(string from, string to)
    {
        var text = File.ReadAllText(_file);
        Assert.That(text, Does.Contain(from));
        File.WriteAllText(_file, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>The reload script connects after the page loads; an edit before that would only show on the next one.</summary>
    /// <summary>A page in a context of its own, with the errors its console reports.</summary>
    private static async Task<(IBrowserContext Context, IPage Page, List<string> ConsoleErrors)> OpenAsync()
    {
        var context = await BrowserSite.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 768 } });
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} {message.Location}");
            }
        };
        return (context, page, consoleErrors);
    }

    private static async Task WaitForEventStreamAsync(IPage page) =>
        await page.WaitForSelectorAsync("html[data-portal-preview=connected]", new() { State = WaitForSelectorState.Attached });

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.Add(line);
            }
        }
    }

    private string Logged()
    {
        lock (_log)
        {
            return string.Join('\n', _log);
        }
    }

    private async Task WaitForLogAsync(string text, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (!Logged().Contains(text, StringComparison.Ordinal))
        {
            if (_preview.HasExited || clock.Elapsed > patience)
            {
                Assert.Fail($"portal preview did not print '{text}':\n{Logged()}");
            }

            await Task.Delay(50);
        }
    }
}
