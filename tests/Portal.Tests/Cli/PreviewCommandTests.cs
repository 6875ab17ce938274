using System.Net;
using System.Net.Sockets;
using System.Text;
using Portal.Cli;
using Portal.Cli.Commands;

namespace Portal.Tests.Cli;

/// <summary>
/// <c>portal preview</c> over HTTP, on a real port: it serves the site at the root with the live-reload script,
/// streams a reload for an edited page, the errors for broken content (while serving the last good page), and stops
/// cleanly when asked.
/// </summary>
public sealed class PreviewCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Test]
    public async Task A_file_replaced_by_a_link_after_a_build_is_reported_and_never_served()
    {
        await using var preview = await RunningPreview.StartAsync();
        var before = await preview.Http.GetAsync("/assets/beslut.pdf");
        var asset = Path.Combine(preview.Content.ContentDirectory, "assets", "beslut.pdf");

        File.Delete(asset);
        File.CreateSymbolicLink(asset, "/etc/passwd");
        await preview.WaitForOutputAsync("still serving the last good version");
        var after = await preview.Http.GetAsync("/assets/beslut.pdf");

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(preview.Errors, Does.Contain("content/assets/beslut.pdf:1:1: error PT0041: this is a symbolic link (to '/etc/passwd')"));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the last good site still lists the file, but it is no longer a regular file");
        Assert.That(await after.Content.ReadAsStringAsync(), Does.Not.Contain("root:"));
    }

    [Test]
    public async Task Serves_the_site_at_the_root_with_the_script_and_a_404_page()
    {
        await using var preview = await RunningPreview.StartAsync();

        var home = await preview.Http.GetAsync("/");
        var page = await preview.Http.GetStringAsync("/samarbeten/huddinge/vanda.html");
        var missing = await preview.Http.GetAsync("/finns/inte/alls.html");
        var css = await preview.Http.GetAsync(await preview.StylesheetAsync("samarbeten/huddinge/vanda.html"));
        var script = await preview.Http.GetStringAsync("/_portal/preview.js");

        Assert.Multiple(async () =>
        {
            Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("<script src=\"/_portal/preview.js\" data-page=\"samarbeten/huddinge/vanda.html\" data-version=\"1\" defer></script></body>"));
            Assert.That(page, Does.Contain("<link rel=\"canonical\" href=\"http://localhost:" + preview.Port + "/samarbeten/huddinge/vanda.html\""), "built for where it is served");
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("data-page=\"finns/inte/alls.html\""), "the 404 page names the path asked for");
            Assert.That(css.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/css"));
            Assert.That(script, Does.Contain("EventSource"));
            Assert.That(Directory.Exists(preview.Content.OutputDirectory), Is.False, "nothing is written without --output");
        });
    }

    [Test]
    public async Task An_edited_stylesheet_reloads_the_open_page_which_loads_it_from_a_new_folder()
    {
        using var theme = new TempDirectory();
        var css = theme.Combine("components", "status", "status.css");
        Directory.CreateDirectory(Path.GetDirectoryName(css)!);
        File.Copy(Path.Combine(RepoPaths.Theme, "components", "status", "status.css"), css);
        await using var preview = await RunningPreview.StartAsync(theme: theme.FullPath);
        using var vanda = await preview.EventsAsync("samarbeten/huddinge/vanda.html", 1);
        Assert.That(await vanda.NextAsync(), Is.EqualTo(("ok", "{}")));
        var before = await preview.StylesheetAsync("samarbeten/huddinge/vanda.html");

        File.AppendAllText(css, ".status { outline: 1px solid hotpink; }\n");
        Assert.That((await vanda.NextAsync()).Event, Is.EqualTo("reload"));
        var after = await preview.StylesheetAsync("samarbeten/huddinge/vanda.html");
        var stylesheet = await preview.Http.GetStringAsync(after);
        await preview.WaitForOutputAsync("Rebuilt in ");
        var old = await preview.Http.GetAsync(before);

        Assert.Multiple(() =>
        {
            Assert.That(after, Is.Not.EqualTo(before));
            Assert.That(stylesheet, Does.Contain(".status { outline: 1px solid hotpink; }"), "the reloaded page finds its new stylesheet at once");
            Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the old folder went with the whole build");
        });
    }

    [Test]
    public async Task An_edit_reloads_its_page_broken_content_shows_errors_and_mending_reloads()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var vanda = await preview.EventsAsync("samarbeten/huddinge/vanda.html", 1);
        using var about = await preview.EventsAsync("om.html", 1);
        Assert.That(await vanda.NextAsync(), Is.EqualTo(("ok", "{}")));
        Assert.That(await about.NextAsync(), Is.EqualTo(("ok", "{}")));

        preview.Edit("partners/huddinge/vanda.md", t => t.Replace("name: Vanda", "name: Vanda stad", StringComparison.Ordinal));
        Assert.That((await vanda.NextAsync()).Event, Is.EqualTo("reload"));
        Assert.That(await preview.Http.GetStringAsync("/samarbeten/huddinge/vanda.html"), Does.Contain("Vanda stad</h1>"));
        await preview.WaitForOutputAsync("Rebuilt in ");
        using (var aboutLater = await preview.EventsAsync("om.html", 1))
        {
            Assert.That((await aboutLater.NextAsync()).Event, Is.EqualTo("ok"), "a page the edit does not change is still the one shown at version 1");
        }

        preview.Edit("partners/huddinge/vanda.md", t => t.Replace("type: twin-town", "type: [twin-town", StringComparison.Ordinal));
        var (name, data) = await vanda.NextAsync();
        await preview.WaitForOutputAsync("Build failed"); // the terminal lists the whole build's problems
        Assert.Multiple(async () =>
        {
            Assert.That(name, Is.EqualTo("errors"));
            Assert.That(data, Does.Contain("\"location\":\"content/partners/huddinge/vanda.md:6:"));
            Assert.That(data, Does.Contain("\"severity\":\"error\""));
            Assert.That(await preview.Http.GetStringAsync("/samarbeten/huddinge/vanda.html"), Does.Contain("Vanda stad</h1>"), "the last good page is still served");
            Assert.That(preview.Errors, Does.Contain("content/partners/huddinge/vanda.md:6:"), "the terminal prints the error compiler-style");
        });

        preview.Edit("partners/huddinge/vanda.md", t => t.Replace("type: [twin-town", "type: twin-town", StringComparison.Ordinal).Replace("Vanda stad", "Vantaa stad", StringComparison.Ordinal));
        Assert.That((await vanda.NextAsync()).Event, Is.EqualTo("reload"));
        Assert.That(await preview.Http.GetStringAsync("/samarbeten/huddinge/vanda.html"), Does.Contain("Vantaa stad</h1>"));
    }

    [Test]
    public async Task An_edit_shows_in_the_open_page_before_the_whole_site_is_built_again()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var vanda = await preview.EventsAsync("samarbeten/huddinge/vanda.html", 1);
        Assert.That(await vanda.NextAsync(), Is.EqualTo(("ok", "{}")));

        preview.Edit("partners/huddinge/vanda.md", t => t.Replace("name: Vanda", "name: Vanda stad", StringComparison.Ordinal));
        var (name, version) = await vanda.NextAsync();
        await preview.WaitForOutputAsync("Rebuilt in ");
        var output = preview.Output;
        var municipality = await preview.Http.GetStringAsync("/kommuner/huddinge.html");

        Assert.Multiple(() =>
        {
            Assert.That(name, Is.EqualTo("reload"));
            Assert.That(version, Is.EqualTo("2"), "the first look is version 2");
            Assert.That(output, Does.Match(@"Rebuilding …\nOpen pages shown in \d+ ms: 1 changed; building the rest …\nRebuilt in \d+ ms: \d+ file\(s\) changed"));
            Assert.That(municipality, Does.Contain("Vanda stad"), "the whole build follows, with every page the edit changes");
        });

        // The whole build's version 3 has the same page: the open page is not told to reload again.
        preview.Edit("partners/huddinge/vanda.md", t => t.Replace("name: Vanda stad", "name: Vantaa", StringComparison.Ordinal));
        Assert.That(await vanda.NextAsync(), Is.EqualTo(("reload", "4")));
    }

    [Test]
    public async Task A_404_page_turns_into_the_page_once_it_is_written()
    {
        await using var preview = await RunningPreview.StartAsync();
        var missing = await preview.Http.GetAsync("/kontakt.html");
        using var events = await preview.EventsAsync("kontakt.html", 1);
        Assert.That(await events.NextAsync(), Is.EqualTo(("ok", "{}")));

        preview.Edit("pages/om.md", t => t + "\nSe [kontakt](kontakt.md).\n");
        Assert.That((await events.NextAsync()).Event, Is.EqualTo("errors"), "a link to a page not yet written");
        File.WriteAllText(Path.Combine(preview.Content.ContentDirectory, "pages", "kontakt.md"), "---\ntitle: Kontakt\n---\nRing oss.\n");

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await events.NextAsync()).Event, Is.EqualTo("reload"));
        Assert.That(await preview.Http.GetStringAsync("/kontakt.html"), Does.Contain("Kontakt</h1>"));
    }

    [Test]
    public async Task A_page_opened_while_the_content_is_broken_gets_the_errors_at_once()
    {
        await using var preview = await RunningPreview.StartAsync();
        preview.Edit("municipalities/huddinge.md", t => t.Replace("name: Huddinge", "nme: Huddinge", StringComparison.Ordinal));
        await preview.WaitForOutputAsync("Build failed");

        using var events = await preview.EventsAsync("index.html", 1);
        var (name, data) = await events.NextAsync();

        Assert.That(name, Is.EqualTo("errors"));
        Assert.That(data, Does.Contain("content/municipalities/huddinge.md:2:1").And.Contain("PT0005"));
    }

    [Test]
    public async Task Content_broken_from_the_start_shows_a_waiting_page_with_the_errors_until_it_is_mended()
    {
        await using var preview = await RunningPreview.StartAsync(content => content.WithLine("partners/huddinge/vanda.md", 6, "type: [twin-town"), "Build failed");

        var waiting = await preview.Http.GetAsync("/samarbeten/huddinge/vanda.html");
        using var events = await preview.EventsAsync(string.Empty, 0);
        var (name, data) = await events.NextAsync();
        preview.Edit("partners/huddinge/vanda.md", t => t.Replace("type: [twin-town", "type: twin-town", StringComparison.Ordinal));
        var mended = await events.NextAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(waiting.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await waiting.Content.ReadAsStringAsync(), Does.Contain("Förhandsvisningen väntar på ett bygge").And.Contain("data-page=\"\" data-version=\"0\""));
            Assert.That(preview.Output, Does.Contain("nothing to serve yet"));
            Assert.That(name, Is.EqualTo("errors"));
            Assert.That(data, Does.Contain("content/partners/huddinge/vanda.md:6:"));
            Assert.That(mended.Event, Is.EqualTo("reload"));
            Assert.That(await preview.Http.GetStringAsync("/samarbeten/huddinge/vanda.html"), Does.Contain("Vanda</h1>"));
        });
    }

    [Test]
    public async Task Stopping_ends_the_command_cleanly_and_frees_the_port()
    {
        var preview = await RunningPreview.StartAsync();
        using var events = await preview.EventsAsync("index.html", 1);
        await events.NextAsync();

        var exit = await preview.StopAsync();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(preview.Output, Does.Contain("Preview stopped."));
            Assert.That(RunningPreview.IsFree(preview.Port), Is.True);
        });
        await preview.DisposeAsync();
    }

    [Test]
    public async Task A_taken_port_is_a_clear_error()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var content = new TempContent();
        content.Write();
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = CommandLine.Run(["preview", "--input", "content", "--theme", RepoPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], output, errors, content.RootDirectory, new PreviewCommand());

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain($"port {port} is in use"));
        Assert.That(output.ToString(), Does.Not.Contain("Building"), "said at once, before a build");
    }

    [Test]
    public void A_missing_content_folder_is_a_clear_error()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = CommandLine.Run(["preview", "--input", "finns-inte", "--port", "1"], output, errors, Path.GetTempPath(), new PreviewCommand());

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain("the content folder 'finns-inte' does not exist"));
    }

    [Test]
    public void A_bad_port_is_a_usage_error()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = CommandLine.Run(["preview", "--port", "http"], output, errors, Path.GetTempPath(), new PreviewCommand());

        Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
        Assert.That(errors.ToString(), Does.Contain("--port must be a port number"));
    }

    /// <summary>The command running on the minimal content, on a free port, until stopped.</summary>
    internal sealed class RunningPreview : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly StringWriter _output = new();
        private readonly StringWriter _errors = new();

        // A synchronized writer locks itself (MethodImplOptions.Synchronized): reading locks the same object.
        private readonly TextWriter _syncOutput;
        private readonly TextWriter _syncErrors;
        private Task<int>? _run;

        private RunningPreview(Action<TempContent>? change)
        {
            _syncOutput = TextWriter.Synchronized(_output);
            _syncErrors = TextWriter.Synchronized(_errors);
            change?.Invoke(Content);
            Content.Write();
            Port = FreePort();
            Http = new HttpClient { BaseAddress = new Uri($"http://localhost:{Port}/"), Timeout = Patience };
        }

        public TempContent Content { get; } = new();

        public int Port { get; }

        public HttpClient Http { get; }

        public string Output { get { lock (_syncOutput) { return _output.ToString(); } } }

        public string Errors { get { lock (_syncErrors) { return _errors.ToString(); } } }

        /// <param name="theme">The theme folder, by default the repository's.</param>
        public static async Task<RunningPreview> StartAsync(Action<TempContent>? change = null, string firstBuild = "Built in ", string? theme = null)
        {
            var preview = new RunningPreview(change);
            var output = preview._syncOutput;
            var errors = preview._syncErrors;
            string[] args = ["preview", "--input", "content", "--theme", theme ?? RepoPaths.Theme, "--port", preview.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            preview._run = Task.Run(() => CommandLine.Run(args, output, errors, preview.Content.RootDirectory, new PreviewCommand(preview._stop.Token)));
            await preview.WaitForOutputAsync(firstBuild);
            return preview;
        }

        public async Task WaitForOutputAsync(string text)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (!Output.Contains(text, StringComparison.Ordinal))
            {
                if (_run!.IsCompleted || DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"the preview never printed '{text}':\n{Output}\n{Errors}");
                }

                await Task.Delay(20);
            }
        }

        public void Edit(string relativePath, Func<string, string> change)
        {
            var path = Path.Combine(Content.ContentDirectory, relativePath);
            var before = File.ReadAllText(path);
            var after = change(before);
            Assert.That(after, Is.Not.EqualTo(before), "the edit must change the file");
            File.WriteAllText(path, after);
        }

        /// <summary>The URL path of the stylesheet the served page at <paramref name="page"/> links, as a browser finds it.</summary>
        public async Task<string> StylesheetAsync(string page) =>
            "/" + HtmlPages.StylesheetOf(page, HtmlPages.Parse(await Http.GetStringAsync("/" + page)));

        public async Task<EventStream> EventsAsync(string page, int version)
        {
            var response = await Http.GetAsync($"/_portal/events?page={Uri.EscapeDataString(page)}&version={version}", HttpCompletionOption.ResponseHeadersRead);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
            return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8));
        }

        public async Task<int> StopAsync()
        {
            await _stop.CancelAsync();
            return await _run!.WaitAsync(Patience);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_run!.IsCompleted)
            {
                await StopAsync();
            }

            Http.Dispose();
            Content.Dispose();
            _stop.Dispose();
        }

        public static bool IsFree(int port)
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    /// <summary>A server-sent event stream, read one event at a time.</summary>
    internal sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public async Task<(string Event, string Data)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(Patience);
            string? name = null;
            var data = new StringBuilder();
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0 && name is not null)
                {
                    return (name, data.ToString());
                }

                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Append(line["data: ".Length..]);
                }
            }

            throw new EndOfStreamException("the event stream ended");
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
