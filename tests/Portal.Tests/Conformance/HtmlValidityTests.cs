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
        var errors = NuHtmlChecker.Errors(_site);
        var pages = Directory.EnumerateFiles(_site, "*.html", SearchOption.AllDirectories).Count();

        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.GreaterThan(100), "the demo site should have been checked whole");
            Assert.That(errors, Is.Empty, string.Join("\n", errors.Take(50)));
        });
    }
}
