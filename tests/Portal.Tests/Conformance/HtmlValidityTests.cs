using System.Diagnostics;
using System.Text.Json;

namespace Portal.Tests.Conformance;

/// <summary>
/// Every page of the demo site, built with a sub-path base URL, is valid HTML according to the W3C Nu checker
/// (npm package vnu-jar, run with java -jar). scripts/test.sh installs it and sets PORTAL_VNU_JAR.
/// </summary>
[TestFixture]
public sealed class HtmlValidityTests
{
    private string _site = null!;

    [OneTimeSetUp]
    public void BuildDemoSite()
    {
        var root = RepoPaths.Root;
        _site = Path.Combine(Path.GetTempPath(), "portal-vnu-" + Guid.NewGuid().ToString("N"));
        var result = PortalBuild.Run(new BuildOptions(
            Path.Combine(root, "input"),
            _site,
            Path.Combine(root, "theme"),
            new Uri("https://example.org/internationellt/"),
            root));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
    }

    [OneTimeTearDown]
    public void RemoveSite()
    {
        if (Directory.Exists(_site))
        {
            Directory.Delete(_site, recursive: true);
        }
    }

    [Test]
    public void EveryPageIsValidHtml()
    {
        var jar = Environment.GetEnvironmentVariable("PORTAL_VNU_JAR")
            ?? Path.Combine(RepoPaths.Root, ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.That(File.Exists(jar), Is.True, $"the Nu HTML checker is not installed at {jar}; run scripts/test.sh, which installs it");

        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "json", _site])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;

        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        var pages = Directory.EnumerateFiles(_site, "*.html", SearchOption.AllDirectories).Count();

        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.GreaterThan(100), "the demo site should have been checked whole");
            Assert.That(errors, Is.Empty, string.Join("\n", errors.Take(50)));
        });
    }
}
