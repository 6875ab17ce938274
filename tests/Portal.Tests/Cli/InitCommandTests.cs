using Portal.Cli;
using Portal.Cli.Commands;
using Portal.Scaffolding.Repository;

namespace Portal.Tests.Cli;

/// <summary>
/// <c>portal init</c>: a municipality's content repository that checks and builds as it stands, from options or from
/// answers at prompts, never written into a folder that holds anything.
/// </summary>
public sealed class InitCommandTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static readonly string[] AllOptions =
    [
        "--publisher", "Lunds kommun", "--base-url", "https://www.lund.se/internationellt/", "--name", "Lund", "--lat", "55.70", "--lon", "13.19",
        "--contact", "tillganglighet@lund.se", "--organisation-number", "212000-1355",
    ];

    /// <summary>Runs <c>portal init</c> in <paramref name="directory"/>; with <paramref name="answers"/>, as in a terminal.</summary>
    internal static (int Exit, string Out, string Err) Init(string directory, string? answers, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var command = new InitCommand(new StringReader(answers ?? string.Empty), interactive: answers is not null, Today);
        var exit = CommandLine.Run(["init", .. args], output, errors, directory, command);
        return (exit, output.ToString(), errors.ToString());
    }

    /// <summary>A site built from what init writes with every option, once for the tests that only read it.</summary>
    private readonly Lazy<BuildRun> _newSite;
    private TempDirectory? _newSiteDirectory;

    public InitCommandTests() => _newSite = new(() =>
    {
        _newSiteDirectory = new TempDirectory();
        Assert.That(Init(_newSiteDirectory.FullPath, null, ["kommunen", .. AllOptions]).Exit, Is.Zero);
        var repository = _newSiteDirectory.Combine("kommunen");
        return SiteBuilder.Run(Path.Combine(repository, "input"), Path.Combine(repository, "output"), null, repository).AssertClean();
    });

    [OneTimeTearDown]
    public void RemoveNewSite() => _newSiteDirectory?.Dispose();

    private static (int Exit, string Out, string Err) Check(string repository)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = CommandLine.Run(["check"], output, errors, repository, new CheckCommand());
        return (exit, output.ToString(), errors.ToString());
    }

    private static string[] FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void With_every_option_it_writes_a_repository_that_checks_without_a_warning()
    {
        using var directory = new TempDirectory();
        var (exit, output, errors) = Init(directory.FullPath, null, ["kommunen", .. AllOptions]);
        var repository = directory.Combine("kommunen");
        var check = Check(repository);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, errors);
            Assert.That(output, Does.Contain("Created kommunen/").And.Contain("dotnet tool restore"));
            Assert.That(FilesIn(repository), Is.SupersetOf(new[]
            {
                ".config/dotnet-tools.json", ".github/workflows/portal.yml", ".gitignore", ".gitlab-ci.yml", ".vscode/extensions.json",
                ".vscode/settings.json", ".vscode/tasks.json", ".vscode/schemas/site.schema.json", ".vscode/schemas/relationship.schema.json",
                "README.md", "input/municipalities/lund.md", "input/pages/tillganglighet.en.md", "input/pages/tillganglighet.md", "input/site.yml",
            }));
            Assert.That(check.Exit, Is.Zero, check.Err);
            Assert.That(check.Out + check.Err, Does.Contain("0 error(s), 0 warning(s)"));
            Assert.That(Directory.GetDirectories(directory.FullPath), Has.Length.EqualTo(1), "nothing is left beside the new folder");
        });
    }

    [Test]
    public void The_site_it_builds_names_the_publisher_the_municipality_and_the_accessibility_contact()
    {
        var run = _newSite.Value;
        var home = run.Html("index.html");
        var statement = run.Html("tillganglighet.html");
        Assert.Multiple(() =>
        {
            Assert.That(home.QuerySelector("h1")!.TextContent, Is.EqualTo("Internationella relationer – Lunds kommun"));
            Assert.That(run.Html("kommuner/lund.html").QuerySelector("h1")!.TextContent, Is.EqualTo("Lund"));
            Assert.That(statement.QuerySelector("h1")!.TextContent, Is.EqualTo("Tillgänglighetsredogörelse"));
            Assert.That(statement.QuerySelector("a[href='mailto:tillganglighet@lund.se']"), Is.Not.Null, "the contact for reporting problems");
            Assert.That(statement.QuerySelectorAll("main li").Select(li => li.TextContent), Does.Contain("E-post: tillganglighet@lund.se"), "labelled as what it is");
            Assert.That(statement.QuerySelector("main")!.TextContent, Does.Not.Contain("site.yml").And.Not.Contain("Portalen som bygger"), "it speaks to residents, not of the build");
            Assert.That(statement.Body!.TextContent, Does.Contain("Lunds kommun").And.Contain("1 december 2026"));
        });
    }

    [Test]
    public void The_English_pages_link_to_an_accessibility_statement_in_English()
    {
        var statement = _newSite.Value.Html("en/tillganglighet.html");
        var footerLink = _newSite.Value.Html("en/index.html").QuerySelectorAll("footer a").Single(a => a.GetAttribute("href") == "tillganglighet.html");

        Assert.Multiple(() =>
        {
            Assert.That(statement.QuerySelector("h1")!.TextContent, Is.EqualTo("Accessibility statement"));
            Assert.That(statement.QuerySelector("h1")!.Closest("[lang]")!.GetAttribute("lang"), Is.EqualTo("en"), "not marked as Swedish");
            Assert.That(statement.QuerySelector("main")!.TextContent, Does.Contain("We have not yet reviewed this website."));
            Assert.That(footerLink.TextContent.Trim(), Is.EqualTo("Accessibility statement"));
        });
    }

    [TestCase("index.html", "Inga samarbeten är registrerade ännu.", "Inga beslut är registrerade ännu.")]
    [TestCase("samarbeten/index.html", "Inga samarbeten är registrerade ännu.")]
    [TestCase("lander/index.html", "Inga samarbeten eller nätverk är registrerade ännu.")]
    [TestCase("natverk/index.html", "Inga nätverk är registrerade ännu.")]
    [TestCase("beslut/index.html", "Inga beslut är registrerade ännu.")]
    [TestCase("en/index.html", "No relationships are recorded yet.", "No decisions are recorded yet.")]
    public void A_new_site_says_what_it_has_none_of_yet_instead_of_empty_tables_and_legends(string page, params string[] sentences)
    {
        var html = _newSite.Value.Html(page);
        var paragraphs = html.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(paragraphs, Is.SupersetOf(sentences));
            Assert.That(html.QuerySelectorAll("main tbody").Where(b => b.Children.Length == 0), Is.Empty, "no table without rows");
            Assert.That(html.QuerySelectorAll("main ul").Where(u => u.Children.Length == 0), Is.Empty, "no empty list");
            Assert.That(html.QuerySelectorAll(".map__legend"), Is.Empty, "no legend for a map without marks");
        });
    }

    [Test]
    public void The_tool_manifest_pins_this_portal_and_the_readme_names_the_repository()
    {
        using var directory = new TempDirectory();
        Assert.That(Init(directory.FullPath, null, ["kommunen", .. AllOptions]).Exit, Is.Zero);
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(directory.Combine("kommunen", ".config", "dotnet-tools.json"))).RootElement;
        var tool = manifest.GetProperty("tools").GetProperty(ToolIdentity.Package.Id.ToLowerInvariant());
        var readme = File.ReadAllText(directory.Combine("kommunen", "README.md"));

        Assert.Multiple(() =>
        {
            Assert.That(manifest.GetProperty("isRoot").GetBoolean(), Is.True);
            Assert.That(tool.GetProperty("version").GetString(), Is.EqualTo(ToolIdentity.Package.Version));
            Assert.That(tool.GetProperty("commands").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "portal" }));
            Assert.That(readme, Does.StartWith("# Lunds kommun: internationella relationer").And.Contain("input/municipalities/lund.md").And.Contain(ToolIdentity.Package.RepositoryUrl));
            Assert.That(readme, Does.Not.Contain("{{"), "every placeholder is filled");
        });
    }

    [Test]
    public void Without_the_optional_values_it_still_checks_and_says_where_the_accessibility_contact_goes()
    {
        using var directory = new TempDirectory();
        var (exit, output, errors) = Init(directory.FullPath, null, "kommunen", "--publisher", "Malmö stad", "--base-url", "https://malmo.se/vanorter", "--name", "Malmö", "--lat", "55.60", "--lon", "13.00");
        var repository = directory.Combine("kommunen");
        var check = Check(repository);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, errors);
            Assert.That(File.Exists(Path.Combine(repository, "input", "municipalities", "malmo.md")), Is.True, "the slug comes from the name");
            Assert.That(File.ReadAllText(Path.Combine(repository, "input", "site.yml")), Does.Contain("  contact: https://malmo.se/\n").And.Contain("# organisationNumber: NNNNNN-NNNN"));
            Assert.That(output, Does.Contain("https://malmo.se/").And.Contain("accessibility.contact"));
            Assert.That(check.Exit, Is.Zero, check.Err);
            Assert.That(check.Err, Does.Contain("PT0055"), "a real address without an organisation number is told what dataportal.se needs");
        });
    }

    [Test]
    public void Without_a_terminal_it_names_every_missing_value_and_writes_nothing()
    {
        using var directory = new TempDirectory();
        var (exit, _, errors) = Init(directory.FullPath, null, "kommunen", "--publisher", "Lunds kommun");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
            Assert.That(errors, Does.Contain("missing --base-url URL, --name TEXT, --lat DEGREES, --lon DEGREES"));
            Assert.That(Directory.Exists(directory.Combine("kommunen")), Is.False);
        });
    }

    [TestCase("--base-url", "www.lund.se", "absolute")]
    [TestCase("--organisation-number", "212000-1356", "check digit")]
    [TestCase("--lat", "95", "lat")]
    public void A_wrong_value_gets_the_build_s_own_message(string option, string value, string expected)
    {
        using var directory = new TempDirectory();
        var args = AllOptions.ToArray();
        args[Array.IndexOf(args, option) + 1] = value;
        var (exit, _, errors) = Init(directory.FullPath, null, ["kommunen", .. args]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
            Assert.That(errors, Does.Contain($"{option}: ").And.Contain(expected));
            Assert.That(Directory.Exists(directory.Combine("kommunen")), Is.False);
        });
    }

    [Test]
    public void A_municipality_outside_Sweden_is_refused_by_the_build_s_location_check()
    {
        using var directory = new TempDirectory();
        var args = AllOptions.ToArray();
        args[Array.IndexOf(args, "--lat") + 1] = "60.17";
        args[Array.IndexOf(args, "--lon") + 1] = "24.94";
        var (exit, _, errors) = Init(directory.FullPath, null, ["kommunen", .. args]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
            Assert.That(errors, Does.Contain("Sweden").Or.Contain("Finland"));
        });
    }

    [Test]
    public void In_a_terminal_it_asks_for_each_value_and_again_for_a_wrong_one()
    {
        using var directory = new TempDirectory();
        var answers = string.Join('\n', "Lunds kommun", "lund.se", "https://www.lund.se/internationellt/", "Lund", "55.70", "13.19", "", "") + "\n";
        var (exit, output, errors) = Init(directory.FullPath, answers, "kommunen");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, errors);
            Assert.That(output, Does.Contain("Who publishes the portal").And.Contain("The address the site will be published at"));
            Assert.That(output, Does.Contain("(optional, Enter to skip)"));
            Assert.That(output.Split("The address the site will be published at").Length - 1, Is.EqualTo(2), "the address is asked again");
            Assert.That(File.ReadAllText(directory.Combine("kommunen", "input", "site.yml")), Does.Contain("baseUrl: https://www.lund.se/internationellt/"));
        });
    }

    [Test]
    public void It_refuses_a_folder_that_holds_anything_and_leaves_it_as_it_was()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Combine("kommunen"));
        File.WriteAllText(directory.Combine("kommunen", "anteckningar.txt"), "mina");
        var (exit, _, errors) = Init(directory.FullPath, null, ["kommunen", .. AllOptions]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(errors, Does.Contain("kommunen is not empty").And.Contain("Nothing was written"));
            Assert.That(FilesIn(directory.Combine("kommunen")), Is.EqualTo(new[] { "anteckningar.txt" }));
        });
    }

    [Test]
    public void It_fills_an_empty_folder_and_a_fresh_clone_that_holds_only_git()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Combine("tom"));
        Directory.CreateDirectory(directory.Combine("klon", ".git"));
        File.WriteAllText(directory.Combine("klon", ".git", "HEAD"), "ref: refs/heads/main\n");

        Assert.Multiple(() =>
        {
            Assert.That(Init(directory.FullPath, null, ["tom", .. AllOptions]).Exit, Is.Zero);
            Assert.That(Init(directory.FullPath, null, ["klon", .. AllOptions]).Exit, Is.Zero);
            Assert.That(File.Exists(directory.Combine("klon", "input", "site.yml")), Is.True);
            Assert.That(File.ReadAllText(directory.Combine("klon", ".git", "HEAD")), Is.EqualTo("ref: refs/heads/main\n"));
        });
    }

    [Test]
    public void The_schemas_it_writes_are_those_the_editor_settings_name()
    {
        using var directory = new TempDirectory();
        Assert.That(Init(directory.FullPath, null, ["kommunen", .. AllOptions]).Exit, Is.Zero);
        var repository = directory.Combine("kommunen");
        using var settings = System.Text.Json.JsonDocument.Parse(
            File.ReadAllText(Path.Combine(repository, ".vscode", "settings.json")),
            new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
        var named = settings.RootElement.GetProperty("yaml.schemas").EnumerateObject().Select(p => p.Name.Split('#')[0]).Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(named, Has.Count.EqualTo(7));
            foreach (var schema in named)
            {
                Assert.That(File.Exists(Path.Combine(repository, schema)), Is.True, schema);
            }

            foreach (var (name, text) in Portal.Content.Schemas.SchemaWriter.All())
            {
                Assert.That(File.ReadAllText(Path.Combine(repository, RepositoryScaffold.SchemaFolder, name)), Is.EqualTo(text), name);
            }
        });
    }
}
