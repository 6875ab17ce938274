using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Portal.Cli;
using Portal.Cli.Commands;
using Portal.Cli.Preview;

namespace Portal.Tests.Cli;

/// <summary>
/// The portal as <c>dotnet publish src/Portal.Cli</c> makes it: a native executable, compiled ahead of time and
/// trimmed, and the launcher that <c>dotnet DIR/portal.dll</c> runs. Nothing of it runs in the test process, whose
/// code the JIT compiles, so each command is tried again as it ships: a build byte for byte, a check, the preview's
/// server and its messages, the schemas, a new file.
/// </summary>
public sealed class PublishedPortalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Test]
    public void Builds_the_demo_byte_for_byte_as_the_command_in_the_test_process_does()
    {
        using var directory = new TempDirectory("portal-published");
        string[] build = ["build", "--input", RepoPaths.DemoInput, "--theme", RepoPaths.Theme, "--base-url", DemoSite.BaseUrl, "--output"];

        var native = Run(directory.FullPath, PublishedPortal.Executable, [.. build, directory.Combine("native")]);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = CommandLine.Run([.. build, directory.Combine("jit")], output, errors, directory.FullPath, new BuildCommand());

        Assert.That(native.Exit, Is.Zero, native.Errors);
        Assert.That(exit, Is.Zero, errors.ToString());
        Assert.That(native.Output, Does.StartWith("Built "), native.Output);
        var expected = DirectorySnapshot.Take(directory.Combine("jit"));
        Assert.That(expected.Keys, Does.Contain("data/partners.geojson").And.Contain("data/partners.json").And.Contain("sitemap.xml"));
        Assert.That(DirectorySnapshot.Take(directory.Combine("native")), Is.EqualTo(expected));
    }

    [Test]
    public void Dotnet_portal_dll_runs_the_executable_with_its_arguments_folder_streams_and_exit_code()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 6, "type: twin-twon").Write();

        var run = Run(content.RootDirectory, Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            [Path.Combine(PublishedPortal.Folder, "portal.dll"), "check", "--input", "content", "--theme", RepoPaths.Theme]);

        Assert.Multiple(() =>
        {
            Assert.That(run.Exit, Is.EqualTo(1), "a check that finds an error");
            Assert.That(run.Errors, Does.StartWith("content/partners/huddinge/vanda.md:6:7: error PT"), "relative to the working folder, on stderr");
            Assert.That(run.Output, Does.Contain("1 error(s)"));
        });
    }

    [Test]
    public void Checks_the_demo_without_errors()
    {
        var run = Run(RepoPaths.Root, PublishedPortal.Executable, ["check", "--input", RepoPaths.DemoInput, "--theme", RepoPaths.Theme]);

        Assert.That(run.Exit, Is.Zero, run.Errors);
        Assert.That(run.Output, Does.Match(@"^Checked \d+ pages in \d+\.\d\d s: 0 error\(s\), 0 warning\(s\)\."));
    }

    [Test]
    public void Writes_the_schemas_as_json()
    {
        using var directory = new TempDirectory("portal-published");

        var run = Run(directory.FullPath, PublishedPortal.Executable, ["schemas", "--output", "schemas"]);

        Assert.That(run.Exit, Is.Zero, run.Errors);
        var files = Directory.GetFiles(directory.Combine("schemas"), "*.json");
        Assert.That(files.Select(Path.GetFileName), Does.Contain("site.schema.json").And.Contain("relationship.schema.json"));
        Assert.That(files.Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.ValueKind), Has.All.EqualTo(JsonValueKind.Object));
    }

    [Test]
    public void Creates_a_new_relationship_from_its_options()
    {
        using var content = new TempContent();
        content.Write();

        var run = Run(content.RootDirectory, PublishedPortal.Executable,
            ["new", "relationship", "huddinge/tartu", "--input", "content", "--name", "Tartu", "--country", "EE", "--lat", "58.38", "--lon", "26.72", "--type", "twin-town", "--status", "active", "--since", "1995"]);

        Assert.That(run.Exit, Is.Zero, run.Errors + run.Output);
        Assert.That(File.ReadAllText(Path.Combine(content.ContentDirectory, "partners", "huddinge", "tartu.md")), Does.Contain("name: Tartu"));
    }

    [Test]
    public void Prints_its_version_and_starts_a_repository_that_it_then_checks()
    {
        using var directory = new TempDirectory("portal-published");
        var version = Run(directory.FullPath, PublishedPortal.Executable, ["--version"]);
        var init = Run(directory.FullPath, PublishedPortal.Executable,
            ["init", "kommunen", "--publisher", "Lunds kommun", "--base-url", "https://www.lund.se/internationellt/", "--name", "Lund", "--lat", "55.70", "--lon", "13.19"]);
        var check = Run(directory.Combine("kommunen"), PublishedPortal.Executable, ["check"]);

        Assert.Multiple(() =>
        {
            Assert.That(version.Output.Trim(), Is.EqualTo($"portal {ToolIdentity.Package.Version}"), version.Errors);
            Assert.That(init.Exit, Is.Zero, init.Errors + init.Output);
            Assert.That(File.ReadAllText(directory.Combine("kommunen", ".config", "dotnet-tools.json")), Does.Contain($"\"version\": \"{ToolIdentity.Package.Version}\""));
            Assert.That(check.Exit, Is.Zero, check.Errors + check.Output);
        });
    }

    [Test]
    public async Task Previews_with_the_overlay_s_words_and_shows_an_error_as_the_page_s_event()
    {
        using var content = new TempContent();
        content.Write();
        var port = FreePort();
        using var preview = Start(content.RootDirectory, ["preview", "--input", "content", "--theme", RepoPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        try
        {
            await WaitForAsync(preview, "Built in ");
            using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/"), Timeout = Patience };

            var page = await http.GetStringAsync("/samarbeten/huddinge/vanda.html");
            var strings = JsonDocument.Parse(await http.GetStringAsync("/_portal/strings.json")).RootElement;
            using var response = await http.GetAsync(PreviewServer.EventsPath + "?page=samarbeten%2Fhuddinge%2Fvanda.html&version=1", HttpCompletionOption.ResponseHeadersRead);
            using var events = new PreviewCommandTests.EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8));
            Assert.That(await events.NextAsync(), Is.EqualTo(("ok", "{}")));

            var file = Path.Combine(content.ContentDirectory, "partners", "huddinge", "vanda.md");
            File.WriteAllText(file, File.ReadAllText(file).Replace("type: twin-town", "type: [twin-town", StringComparison.Ordinal));
            var (name, data) = await events.NextAsync();

            Assert.Multiple(() =>
            {
                Assert.That(page, Does.Contain("<h1").And.Contain("/_portal/preview.js"), "the page, with the live-reload script");
                Assert.That(strings.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "sv", "en" }), "the overlay's words in each language");
                Assert.That(name, Is.EqualTo("errors"));
                var line = JsonDocument.Parse(data).RootElement[0];
                Assert.That(line.GetProperty("location").GetString(), Does.StartWith("content/partners/huddinge/vanda.md:6:"));
                Assert.That(line.GetProperty("severity").GetString(), Is.EqualTo("error"));
                Assert.That(line.GetProperty("code").GetString(), Does.Match("^PT[0-9]{4}$"));
            });
        }
        finally
        {
            preview.Process.Kill(entireProcessTree: true);
        }
    }

    private sealed record Finished(int Exit, string Output, string Errors);

    private sealed record Started(Process Process, StringBuilder Output) : IDisposable
    {
        public void Dispose() => Process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, string program, IEnumerable<string> arguments) =>
        new(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

    private static Finished Run(string workingDirectory, string program, IEnumerable<string> arguments)
    {
        using var process = Process.Start(StartInfo(workingDirectory, program, arguments))!;
        process.StandardInput.Close(); // as in CI: nobody to answer questions
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(Patience), Is.True, $"{program} did not finish");
        return new Finished(process.ExitCode, output, errors.Result);
    }

    private static Started Start(string workingDirectory, IEnumerable<string> arguments)
    {
        var process = Process.Start(StartInfo(workingDirectory, PublishedPortal.Executable, arguments))!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Started(process, output);
    }

    private static async Task WaitForAsync(Started started, string text)
    {
        var (process, output) = started;
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (output)
            {
                if (output.ToString().Contains(text, StringComparison.Ordinal))
                {
                    return;
                }

                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"the published preview never printed '{text}':\n{output}");
                }
            }

            await Task.Delay(20);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
