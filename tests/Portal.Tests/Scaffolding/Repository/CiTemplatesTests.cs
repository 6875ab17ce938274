using Portal.Tests.Cli;

namespace Portal.Tests.Scaffolding.Repository;

/// <summary>
/// The CI files portal init writes pass the checks their platforms are built on: the GitHub workflow actionlint, the
/// GitLab file GitLab's CI schema. Each check is shown to catch a broken copy, so a pass means something.
/// </summary>
public sealed class CiTemplatesTests
{
    private TempDirectory _directory = null!;
    private string _workflow = null!;
    private string _gitlab = null!;

    [OneTimeSetUp]
    public void CreateRepository()
    {
        _directory = new TempDirectory();
        var (exit, _, errors) = InitCommandTests.Init(_directory.FullPath, null, "kommunen", "--publisher", "Lunds kommun", "--base-url", "https://www.lund.se/internationellt/", "--name", "Lund", "--lat", "55.70", "--lon", "13.19");
        Assert.That(exit, Is.Zero, errors);
        _workflow = _directory.Combine("kommunen", ".github", "workflows", "portal.yml");
        _gitlab = _directory.Combine("kommunen", ".gitlab-ci.yml");
    }

    [OneTimeTearDown]
    public void Remove() => _directory.Dispose();

    private string Broken(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(from));
        var copy = _directory.Combine(Path.GetFileName(path) + ".broken");
        File.WriteAllText(copy, text.Replace(from, to, StringComparison.Ordinal));
        return copy;
    }

    [Test]
    public void Both_pass()
    {
        var problems = CiLinter.Lint(_workflow, _gitlab);
        Assert.Multiple(() =>
        {
            Assert.That(problems.GitHub, Is.Empty, "actionlint");
            Assert.That(problems.GitLab, Is.Empty, "GitLab's CI schema");
        });
    }

    [Test]
    public void The_GitHub_workflow_checks_builds_and_deploys_with_the_official_pages_actions()
    {
        var text = File.ReadAllText(_workflow);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("run: dotnet tool restore").And.Contain("run: dotnet portal check").And.Contain("dotnet portal build --base-url"));
            Assert.That(text, Does.Contain("uses: actions/configure-pages@").And.Contain("uses: actions/upload-pages-artifact@").And.Contain("uses: actions/deploy-pages@"));
            Assert.That(text, Does.Contain("pages: write").And.Contain("id-token: write"));
        });
    }

    [Test]
    public void The_GitLab_file_checks_merge_requests_and_publishes_pages()
    {
        var text = File.ReadAllText(_gitlab);
        Assert.That(text, Does.Contain("\npages:\n").And.Contain("dotnet portal check").And.Contain("dotnet portal build --output public").And.Contain("      - public\n"));
    }

    [Test]
    public void Actionlint_finds_a_job_that_needs_one_that_does_not_exist()
    {
        var problems = CiLinter.Lint(Broken(_workflow, "needs: build", "needs: bygg"), _gitlab);
        Assert.That(problems.GitHub.Select(p => p.Kind), Does.Contain("job-needs"));
    }

    [Test]
    public void The_GitLab_schema_finds_a_misspelled_keyword()
    {
        var problems = CiLinter.Lint(_workflow, Broken(_gitlab, "  artifacts:", "  artefacts:"));
        Assert.That(problems.GitLab.Select(p => p.Path), Does.Contain("/pages"));
    }
}
