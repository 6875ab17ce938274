using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Xml.Linq;
using Portal.Cli;

namespace Portal.Tests.Cli;

/// <summary>
/// portal as a .NET tool, as a municipality's web team gets it: <c>dotnet pack</c> makes the package, which carries the
/// licence, the notices and the theme; installed into a tool path from a local package source, it starts a content
/// repository with <c>portal init</c>, checks it and builds it with the shipped theme; installed as a local tool from
/// the manifest init wrote (<c>dotnet tool restore</c>), it runs as <c>dotnet portal</c>. Nothing comes from any other
/// package source: the NuGet configuration names only the folder the package was packed into.
/// </summary>
[NonParallelizable]
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private TempDirectory _directory = null!;
    private string _package = null!;
    private string _portal = null!;
    private string _repository = null!;
    private Dictionary<string, string> _environment = null!;

    private static string Version => ToolIdentity.Package.Version;

    [OneTimeSetUp]
    public void PackAndInstall()
    {
        _directory = new TempDirectory("portal-tool");
        var packages = _directory.Combine("packages");
        var configuration = new DirectoryInfo(Path.GetDirectoryName(typeof(ToolPackageTests).Assembly.Location)!).Parent!.Name;
        // A package cache of the test's own, so that a package of the same version packed before is never used instead.
        _environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = _directory.Combine("nuget-cache"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        Run(RepoPaths.Root, "dotnet", "pack", Path.Combine("src", "Portal.Cli"), "-c", configuration, "--no-build", "-o", packages, "--nologo");
        _package = Path.Combine(packages, $"{ToolIdentity.Package.Id}.{Version}.nupkg");
        Assert.That(File.Exists(_package), Is.True, $"dotnet pack made no {Path.GetFileName(_package)}");

        File.WriteAllText(_directory.Combine("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = _directory.Combine("tools");
        Run(_directory.FullPath, "dotnet", "tool", "install", ToolIdentity.Package.Id, "--tool-path", tools, "--version", Version, "--configfile", _directory.Combine("nuget.config"));
        _portal = Path.Combine(tools, OperatingSystem.IsWindows() ? "portal.exe" : "portal");

        Run(_directory.FullPath, _portal, "init", "kommunen", "--publisher", "Lunds kommun", "--base-url", "https://www.lund.se/internationellt/",
            "--name", "Lund", "--lat", "55.70", "--lon", "13.19", "--contact", "tillganglighet@lund.se", "--organisation-number", "212000-1355");
        _repository = _directory.Combine("kommunen");
    }

    [OneTimeTearDown]
    public void Remove() => _directory?.Dispose();

    private ProcessMeasurement Run(string workingDirectory, params string[] command)
    {
        var result = MeasuredProcess.Run(workingDirectory, _environment, Patience, command);
        Assert.That(result.ExitCode, Is.Zero, $"'{string.Join(' ', command)}' failed:\n{result.Output}\n{result.Errors}");
        return result;
    }

    private static XElement Nuspec(ZipArchive archive)
    {
        using var stream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Element(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    [Test]
    public void The_package_is_a_tool_named_portal_that_carries_the_licence_notices_readme_and_theme()
    {
        using var archive = ZipFile.OpenRead(_package);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        var metadata = Nuspec(archive);
        using var settings = archive.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(settings).Descendants("Command").Single();
        string Text(string entry)
        {
            using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
            return reader.ReadToEnd();
        }

        Assert.Multiple(() =>
        {
            Assert.That(Element(metadata, "id"), Is.EqualTo("Portal"));
            Assert.That(Element(metadata, "version"), Is.EqualTo(Version));
            Assert.That(metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")!.Value, Is.EqualTo("expression"));
            Assert.That(Element(metadata, "license"), Is.EqualTo("EUPL-1.2"));
            Assert.That(Element(metadata, "readme"), Is.EqualTo("README.md"));
            Assert.That(metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value, Is.EqualTo(ToolIdentity.Package.RepositoryUrl));
            Assert.That(metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")!.Value), Does.Contain("DotnetTool"));
            Assert.That(command.Attribute("Name")!.Value, Is.EqualTo("portal"));
            Assert.That(Text("LICENSE"), Is.EqualTo(File.ReadAllText(Path.Combine(RepoPaths.Root, "LICENSE"))));
            Assert.That(Text("THIRD-PARTY-NOTICES"), Is.EqualTo(File.ReadAllText(Path.Combine(RepoPaths.Root, "THIRD-PARTY-NOTICES"))));
            Assert.That(Text("README.md"), Is.EqualTo(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))));
            var theme = Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories)
                .Select(f => "tools/net10.0/any/theme/" + Path.GetRelativePath(RepoPaths.Theme, f).Replace('\\', '/'));
            Assert.That(entries, Is.SupersetOf(theme), "every file of the shipped theme");
        });
    }

    [Test]
    public void The_readme_installs_the_version_this_repository_packs() =>
        Assert.That(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), Does.Contain($"dotnet tool install --global {ToolIdentity.Package.Id} --version {Version} "));

    [Test]
    public void The_installed_tool_prints_its_version() =>
        Assert.That(Run(_directory.FullPath, _portal, "--version").Output.Trim(), Is.EqualTo($"portal {Version}"));

    [Test]
    public void The_repository_init_wrote_checks_without_options()
    {
        var check = Run(_repository, _portal, "check");
        Assert.That(check.Output + check.Errors, Does.Contain("0 error(s), 0 warning(s)"));
    }

    [Test]
    public void It_builds_with_the_shipped_theme()
    {
        Assert.That(Directory.Exists(Path.Combine(_repository, "theme")), Is.False, "the repository has no theme of its own");
        var output = _directory.Combine("built");
        Run(_repository, _portal, "build", "--output", output);
        var home = HtmlPages.Parse(File.ReadAllText(Path.Combine(output, "index.html")));
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        Assert.Multiple(() =>
        {
            Assert.That(home.QuerySelector("h1")!.TextContent, Is.EqualTo("Internationella relationer – Lunds kommun"));
            Assert.That(File.ReadAllText(Path.Combine(output, stylesheet)), Does.Contain(".status--active"), "the shipped theme's stylesheet");
            Assert.That(File.Exists(Path.Combine(output, "kommuner", "lund.html")), Is.True);
            Assert.That(File.Exists(Path.Combine(output, "tillganglighet.html")), Is.True);
        });
    }

    [Test]
    public void A_theme_folder_in_the_repository_and_theme_override_the_shipped_theme_file_by_file()
    {
        var repositoryTheme = Path.Combine(_repository, "theme", "components", "status");
        var givenTheme = _directory.Combine("tema", "components", "status");
        Directory.CreateDirectory(repositoryTheme);
        Directory.CreateDirectory(givenTheme);
        File.WriteAllText(Path.Combine(repositoryTheme, "status.css"), ".status--active { color: #0b3d2e; } /* repository */\n");
        File.WriteAllText(Path.Combine(givenTheme, "status.css"), ".status--active { color: #0b3d2e; } /* given */\n");
        try
        {
            string Stylesheet(params string[] options)
            {
                var output = _directory.Combine("themed-" + options.Length);
                Run(_repository, [_portal, "build", "--output", output, .. options]);
                var home = HtmlPages.Parse(File.ReadAllText(Path.Combine(output, "index.html")));
                return File.ReadAllText(Path.Combine(output, home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!));
            }

            var fromRepository = Stylesheet();
            var fromOption = Stylesheet("--theme", _directory.Combine("tema"));
            Assert.Multiple(() =>
            {
                Assert.That(fromRepository, Does.Contain("/* repository */").And.Contain(".map"), "the repository's file, and the shipped theme's others");
                Assert.That(fromOption, Does.Contain("/* given */").And.Not.Contain("/* repository */").And.Contain(".map"));
            });
        }
        finally
        {
            Directory.Delete(Path.Combine(_repository, "theme"), recursive: true);
        }
    }

    [Test]
    public void As_a_local_tool_restored_from_the_manifest_it_runs_as_dotnet_portal()
    {
        Run(_repository, "dotnet", "tool", "restore", "--configfile", _directory.Combine("nuget.config"));
        Assert.Multiple(() =>
        {
            Assert.That(Run(_repository, "dotnet", "portal", "--version").Output.Trim(), Is.EqualTo($"portal {Version}"));
            Assert.That(Run(_repository, "dotnet", "portal", "check").Errors, Does.Not.Contain("error PT"));
        });
    }

    [Test]
    public async Task The_preview_serves_the_new_repository()
    {
        var port = FreePort();
        var start = new System.Diagnostics.ProcessStartInfo(_portal, ["preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = _repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        using var preview = System.Diagnostics.Process.Start(start)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
            string? page = null;
            for (var attempt = 0; attempt < 120 && page is null; attempt++)
            {
                try
                {
                    page = await http.GetStringAsync("kommuner/lund.html");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250);
                }
            }

            Assert.That(page, Does.Contain("<h1").And.Contain("Lund"), "the preview served the municipality's page");
        }
        finally
        {
            preview.Kill(entireProcessTree: true);
            await preview.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
