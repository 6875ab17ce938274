using Portal.Binding;
using Portal.Cli;
using Portal.Cli.Commands;

namespace Portal.Tests.Cli;

/// <summary><c>portal new</c>: starting files that build with no error and no warning, asked for or given as options, never overwriting.</summary>
public sealed class NewCommandTests
{
    /// <summary>Runs <c>portal new … --input content</c> in the content's root; with <paramref name="answers"/>, as in a terminal.</summary>
    private static (int Exit, string Out, string Err) New(TempContent content, string? answers, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var command = new NewCommand(new StringReader(answers ?? string.Empty), interactive: answers is not null);
        var exit = CommandLine.Run(["new", .. args, "--input", "content"], output, errors, content.RootDirectory, command);
        return (exit, output.ToString(), errors.ToString());
    }

    private static BuildRun Build(TempContent content) =>
        SiteBuilder.Run(content.ContentDirectory, content.OutputDirectory, null, content.RootDirectory);

    private static string Read(TempContent content, string relativePath) =>
        File.ReadAllText(Path.Combine(content.ContentDirectory, relativePath));

    /// <summary>Kind and options, the file written, the page built from it, its heading, a line its text has.</summary>
    private static readonly object[][] EachKind =
    [
        [new[] { "municipality", "lund", "--name", "Lund", "--lat", "55.70", "--lon", "13.19" },
            "municipalities/lund.md", "kommuner/lund.html", "Lund", "Här beskrivs Lunds internationella samarbeten."],
        [new[] { "relationship", "vanersborg/vanda", "--name", "Vanda", "--country", "FI", "--lat", "60.29", "--lon", "25.04", "--type", "twin-town", "--status", "active", "--since", "1974" },
            "partners/vanersborg/vanda.md", "samarbeten/vanersborg/vanda.html", "Vanda", "Vänersborg och Vanda (Finland) är vänorter sedan 1974."],
        [new[] { "relationship", "huddinge/sankt-gallen", "--name", "Sankt \"Gallen\": #1 <b>*x*</b> & [a]", "--country", "ch", "--lat", "47.42", "--lon", "9.37", "--type", "municipal-partnership", "--status", "ended", "--until", "unknown" },
            "partners/huddinge/sankt-gallen.md", "samarbeten/huddinge/sankt-gallen.html", "Sankt \"Gallen\": #1 <b>*x*</b> & [a]", "name: \"Sankt \\\"Gallen\\\": #1 <b>*x*</b> & [a]\""],
        [new[] { "network", "eurocities", "--name", "Eurocities", "--kind", "network" },
            "networks/eurocities.md", "natverk/eurocities.html", "Eurocities", "Eurocities är ett internationellt nätverk."],
        [new[] { "decision", "vanersborg-ny-vanort", "--title", "Ny vänort: Vanda", "--municipality", "vanersborg", "--decided-by", "Kommunfullmäktige", "--date", "2024-05-02", "--concerns", "huddinge/vanda, nordiska-vanortskedjan" },
            "decisions/vanersborg-ny-vanort.md", "beslut/vanersborg-ny-vanort.html", "Ny vänort: Vanda", "Beslutet gäller [Vanda](../partners/huddinge/vanda.md) och [Nordiska vänortskedjan](../networks/nordiska-vanortskedjan.md)."],
        [new[] { "page", "om/kontakt", "--title", "Kontakt" },
            "pages/om/kontakt.md", "om/kontakt.html", "Kontakt", "title: Kontakt"],
        [new[] { "country", "dk" },
            "countries/dk.md", "lander/dk.html", "Danmark", "Här beskrivs kommunernas samarbeten med orter i Danmark."],
    ];

    [Test]
    public void Help_lists_every_kind_with_the_options_it_needs()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = CommandLine.Run(["new", "--help"], output, errors, Path.GetTempPath(), new NewCommand(new StringReader(string.Empty), interactive: false));

        Assert.That(exit, Is.Zero);
        Assert.That(output.ToString(), Does.Contain("portal new relationship <municipality>/<slug> --name TEXT --country CODE").And.Contain("portal new decision <slug> --title TEXT"));
    }

    [TestCaseSource(nameof(EachKind))]
    public void Each_kind_makes_a_file_that_builds_with_no_error_or_warning_into_a_page_with_the_name(string[] args, string file, string page, string heading, string line)
    {
        using var content = new TempContent();
        content.Write();

        var (exit, output, errors) = New(content, null, args);

        Assert.That(exit, Is.Zero, errors);
        Assert.That(output, Does.StartWith($"Created content/{file}"));
        Assert.That(Read(content, file).Split('\n'), Does.Contain(line));
        var build = Build(content).AssertClean();
        Assert.That(build.Html(page).QuerySelector("h1")!.TextContent.Trim(), Is.EqualTo(heading));
    }

    [Test]
    public void Files_of_every_kind_together_pass_portal_check_with_warnings_as_errors()
    {
        using var content = new TempContent();
        content.Write();
        foreach (var args in EachKind.Select(k => (string[])k[0]))
        {
            Assert.That(New(content, null, args).Exit, Is.Zero, string.Join(' ', args));
        }

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = CommandLine.Run(["check", "--input", "content", "--theme", RepoPaths.Theme, "--warnings-as-errors"], output, errors, content.RootDirectory, new CheckCommand());

        Assert.That(exit, Is.Zero, errors.ToString());
        Assert.That(output.ToString(), Does.Contain(": 0 error(s), 0 warning(s)."));
    }

    private static readonly object[][] KeysOfEachKind =
    [
        [new[] { "municipality", "lund", "--name", "Lund", "--lat", "55.70", "--lon", "13.19" }, "municipalities/lund.md", Names(Portal.Content.Municipalities.MunicipalityDefinition.KeyList)],
        [new[] { "relationship", "vanersborg/vanda", "--name", "Vanda", "--country", "FI", "--lat", "60.29", "--lon", "25.04", "--type", "twin-town", "--status", "active" }, "partners/vanersborg/vanda.md", Names(Portal.Content.Relationships.RelationshipDefinition.KeyList)],
        [new[] { "network", "eurocities", "--name", "Eurocities", "--kind", "network" }, "networks/eurocities.md", Names(Portal.Content.Networks.NetworkDefinition.KeyList)],
        [new[] { "decision", "ny", "--title", "Ny", "--municipality", "huddinge", "--decided-by", "Kommunstyrelsen", "--date", "2024-05-02" }, "decisions/ny.md", Names(Portal.Content.Decisions.DecisionDefinition.KeyList)],
        [new[] { "page", "kontakt", "--title", "Kontakt" }, "pages/kontakt.md", Names(Portal.Content.FreePages.FreePageDefinition.KeyList)],
        [new[] { "country", "fi" }, "countries/fi.md", Names(Portal.Content.CountryIntros.CountryIntroDefinition.KeyList)],
    ];

    private static string[] Names(IEnumerable<Portal.Content.Keys.KeyDefinition> keys) => keys.Select(k => k.Name).ToArray();

    [TestCaseSource(nameof(KeysOfEachKind))]
    public void Every_key_a_kind_may_have_is_in_its_starting_file_set_or_commented_out_after_a_comment(string[] args, string file, string[] keys)
    {
        using var content = new TempContent();
        if (file == "countries/fi.md")
        {
            content.Without(file);
        }

        content.Write();

        Assert.That(New(content, null, args).Exit, Is.Zero);

        var lines = Read(content, file).Split('\n');
        var frontMatter = lines[1..Array.IndexOf(lines, "---", 1)];
        Assert.Multiple(() =>
        {
            foreach (var key in keys)
            {
                var at = Array.FindIndex(frontMatter, l => l.StartsWith($"{key}:", StringComparison.Ordinal) || l.StartsWith($"# {key}:", StringComparison.Ordinal));
                Assert.That(at, Is.Positive, $"'{key}' is in the file after its comment");
                if (at > 0)
                {
                    Assert.That(frontMatter[at - 1], Does.StartWith("# ").And.Not.StartWith($"# {key}:"), $"'{key}' has a comment above it");
                }
            }

            Assert.That(frontMatter.Where(l => l.Length > 0), Has.All.Match("^(# |[a-zA-Z]+:|  - )"), "each line is a comment, a key or a list item");
            Assert.That(lines, Has.None.Match(@"\s$"), "no trailing space");
        });
    }

    [Test]
    public void Optional_keys_are_commented_out_ready_to_fill_in_and_the_body_has_guidance_the_build_drops()
    {
        using var content = new TempContent();
        content.Write();

        New(content, null, "relationship", "vanersborg/vanda", "--name", "Vanda", "--country", "FI", "--lat", "60.29", "--lon", "25.04", "--type", "twin-town", "--status", "active");

        var text = Read(content, "partners/vanersborg/vanda.md");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\n# since:\n").And.Contain("\n# areas: []\n").And.Contain("\n# summary: \"\"\n"));
            Assert.That(text, Does.Contain("culture (kultur), education (skola och utbildning)"), "allowed values are listed with their meaning");
            Assert.That(text, Does.Contain("---\n<!--\n").And.Contain("\n-->\n\nVänersborg och Vanda (Finland) är vänorter.\n"));
        });
        var page = Build(content).AssertClean().ReadText("samarbeten/vanersborg/vanda.html");
        Assert.That(page, Does.Not.Contain("Skriv här om relationen"));
    }

    [Test]
    public void Missing_values_are_asked_for_and_a_wrong_answer_is_asked_again_with_the_reason()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, output, errors) = New(content, "Vanda\nXX\nfi\n60,29\n60.29\n25.04\ntwin-twon\ntwin-town\nactive\n1974\n\n", "relationship", "vanersborg/vanda");

        Assert.That(exit, Is.Zero, errors);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("Country, its ISO 3166-1 alpha-2 code"));
            Assert.That(output, Does.Contain("  'XX' is not an ISO 3166-1 alpha-2 country code"));
            Assert.That(output, Does.Contain("  'lat' must be decimal degrees between -90 and 90 with a point, not '60,29'"));
            Assert.That(output, Does.Contain("Type, one of: twin-town, friendship-town, partner-town, municipal-partnership, cooperation: "));
            Assert.That(output, Does.Contain("  'twin-twon' is not a valid value for 'type'; did you mean 'twin-town'?"));
            Assert.That(Occurrences(output, "Type, one of:"), Is.EqualTo(2), "the type is asked again");
            Assert.That(output, Does.Contain("Since, a year such as 1946 or a date such as 1946-05-01 (optional, Enter to skip): "));
            Assert.That(output, Does.Contain("Created content/partners/vanersborg/vanda.md"));
        });
        Assert.That(Read(content, "partners/vanersborg/vanda.md"), Does.Contain("country: \"FI\"\n").And.Contain("since: 1974\n").And.Contain("är vänorter sedan 1974."));
        Build(content).AssertClean();
    }

    [Test]
    public void Only_what_the_options_do_not_give_is_asked_and_an_optional_value_may_be_skipped()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, output, errors) = New(content, "Kommunfullmäktige\n2024-05-02\n\nhuddinge/vanda\n", "decision", "ny", "--title", "Ny vänort", "--municipality", "huddinge");

        Assert.That(exit, Is.Zero, errors);
        Assert.That(output, Does.Not.Contain("Title").And.Not.Contain("Municipality that"));
        Assert.That(Read(content, "decisions/ny.md"), Does.Contain("# kind: decision\n").And.Contain("concerns:\n  - huddinge/vanda\n"));
        Build(content).AssertClean();
    }

    [Test]
    public void A_position_outside_the_country_is_asked_again_with_the_build_s_reason()
    {
        using var content = new TempContent();
        content.Write();

        // Oslo's position for a place in Finland; then the right one.
        var (exit, output, errors) = New(content, "FI\n59.91\n10.75\n\nFI\n60.29\n25.04\n", "relationship", "vanersborg/vanda", "--name", "Vanda", "--type", "twin-town", "--status", "active", "--since", "1974");

        Assert.That(exit, Is.Zero, errors);
        Assert.That(output, Does.Contain("  the location lies in Norway (NO), not in Finland (FI); check lat and lon"));
        Build(content).AssertClean();
    }

    [Test]
    public void An_ended_relationship_needs_its_end_given_or_asked_for()
    {
        using var content = new TempContent();
        content.Write();
        string[] ended = ["relationship", "vanersborg/vanda", "--name", "Vanda", "--country", "FI", "--lat", "60.29", "--lon", "25.04", "--type", "twin-town", "--status", "ended", "--since", "1974"];

        var withoutEnd = New(content, null, ended);
        var endBeforeStart = New(content, null, [.. ended, "--until", "1970"]);
        var asked = New(content, "\n1990\n", ended);

        Assert.Multiple(() =>
        {
            Assert.That(withoutEnd.Exit, Is.EqualTo(2));
            Assert.That(withoutEnd.Err, Does.Contain("an ended relationship needs the year it ended: --until YEAR (or a date), or --until unknown"));
            Assert.That(endBeforeStart.Exit, Is.EqualTo(2));
            Assert.That(endBeforeStart.Err, Does.Contain("'until' (1970) is before 'since' (1974)"));
            Assert.That(asked.Exit, Is.Zero, asked.Err);
            Assert.That(Read(content, "partners/vanersborg/vanda.md").Split('\n'), Does.Contain("until: 1990"));
        });
        Build(content).AssertClean();
    }

    [Test]
    public void A_position_outside_the_country_given_as_options_is_a_usage_error()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, _, errors) = New(content, null, "municipality", "lund", "--name", "Lund", "--lat", "13.19", "--lon", "55.70");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(errors, Does.Contain("did you swap lat and lon?"));
        Assert.That(File.Exists(Path.Combine(content.ContentDirectory, "municipalities", "lund.md")), Is.False);
    }

    [Test]
    public void When_the_answers_run_out_nothing_is_written_and_the_missing_option_is_named()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, _, errors) = New(content, "Eurocities\n", "network", "eurocities");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(errors, Does.Contain("no answer for --kind"));
        Assert.That(File.Exists(Path.Combine(content.ContentDirectory, "networks", "eurocities.md")), Is.False);
    }

    [TestCase("partners/huddinge/vanda.md", "relationship", "huddinge/vanda", "--name", "Vanda", "--country", "FI", "--lat", "60.29", "--lon", "25.04", "--type", "twin-town", "--status", "active")]
    [TestCase("municipalities/huddinge.md", "municipality", "huddinge", "--name", "Huddinge", "--lat", "59.24", "--lon", "17.98")]
    [TestCase("pages/historia/vanortsrorelsen.md", "page", "historia/vanortsrorelsen", "--title", "Historia")]
    [TestCase("countries/fi.md", "country", "fi")]
    public void An_existing_file_is_never_overwritten(string file, params string[] args)
    {
        using var content = new TempContent();
        content.Write();
        var before = DirectorySnapshot.Take(content.RootDirectory);
        var bytes = File.ReadAllBytes(Path.Combine(content.ContentDirectory, file));

        var (exit, output, errors) = New(content, null, args);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), output + errors);
            Assert.That(errors.TrimEnd(), Is.EqualTo($"portal new: content/{file} already exists; nothing was written"));
            Assert.That(File.ReadAllBytes(Path.Combine(content.ContentDirectory, file)), Is.EqualTo(bytes));
            Assert.That(DirectorySnapshot.Take(content.RootDirectory), Is.EqualTo(before));
        });
    }

    [Test]
    public void A_file_whose_name_differs_only_in_case_is_a_clash_and_nothing_is_written()
    {
        using var content = new TempContent();
        content.With("networks/Eurocities.md", "---\nname: Eurocities\nkind: network\n---\nText.").Write();
        var before = DirectorySnapshot.Take(content.RootDirectory);

        var (exit, _, errors) = New(content, null, "network", "eurocities", "--name", "Eurocities", "--kind", "network");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors, Does.Contain("content/networks/eurocities.md would clash with content/networks/Eurocities.md"));
        Assert.That(DirectorySnapshot.Take(content.RootDirectory), Is.EqualTo(before));
    }

    [TestCase("relationship huddinge/vaxjo --name Växjö", "--country CODE, --lat DEGREES, --lon DEGREES, --type TYPE, --status STATUS")]
    [TestCase("municipality lund", "--name TEXT, --lat DEGREES, --lon DEGREES")]
    [TestCase("network eurocities", "--name TEXT, --kind KIND")]
    [TestCase("decision ny --date 2024-05-02", "--title TEXT, --municipality SLUG, --decided-by TEXT")]
    [TestCase("page kontakt", "--title TEXT")]
    public void Without_a_terminal_every_missing_option_is_named_and_nothing_is_written(string command, string missing)
    {
        using var content = new TempContent();
        content.Write();
        var before = DirectorySnapshot.Take(content.RootDirectory);

        var (exit, _, errors) = New(content, null, command.Split(' '));

        Assert.That(exit, Is.EqualTo(2));
        var lines = errors.Split('\n');
        Assert.That(lines[0], Does.StartWith($"portal new: missing {missing}: give "), "only the required values are missing");
        Assert.That(lines[1], Does.StartWith("usage: portal new <kind> <slug>"));
        Assert.That(DirectorySnapshot.Take(content.RootDirectory), Is.EqualTo(before));
    }

    [Test]
    public void Without_a_terminal_wrong_values_and_missing_ones_are_all_named()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, _, errors) = New(content, null, "relationship", "huddinge/london", "--name", "London", "--country", "UK", "--lat", "51.5", "--lon", "-0.12", "--type", "twin-twon");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(errors, Does.Contain("--country: 'UK' is not an ISO 3166-1 alpha-2 country code; the code for the United Kingdom is 'GB'"));
        Assert.That(errors, Does.Contain("--type: 'twin-twon' is not a valid value for 'type'; did you mean 'twin-town'?"));
        Assert.That(errors, Does.Contain("missing --status STATUS"));
    }

    [TestCase("municipality", "Vänersborg", "'vanersborg'")]
    [TestCase("network", "Nordiska Vänortskedjan", "'nordiska-vanortskedjan'")]
    [TestCase("relationship", "huddinge/Åbo", "'huddinge/abo'")]
    [TestCase("page", "om/Kontakt oss", "'om/kontakt-oss'")]
    [TestCase("country", "FI", "'fi'")]
    public void A_slug_that_cannot_be_a_file_name_is_refused_with_the_fixed_one(string kind, string slug, string suggestion)
    {
        using var content = new TempContent();
        content.Write();
        var before = DirectorySnapshot.Take(content.RootDirectory);

        var (exit, _, errors) = New(content, null, kind, slug);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(errors, Does.StartWith("portal new: ").And.Contain($"; use {suggestion}"));
        Assert.That(DirectorySnapshot.Take(content.RootDirectory), Is.EqualTo(before));
    }

    [Test]
    public void A_relationship_of_a_municipality_that_does_not_exist_says_how_to_create_it()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, _, errors) = New(content, null, "relationship", "hudinge/vanda");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors.TrimEnd(), Is.EqualTo(
            "portal new: there is no municipality 'hudinge': content/municipalities/hudinge.md does not exist. Did you mean 'huddinge'? "
            + "To create it: portal new municipality hudinge --name TEXT --lat DEGREES --lon DEGREES"));
    }

    [TestCase("page", "kommuner/extra")]
    [TestCase("page", "en")]
    [TestCase("relationship", "vanda")]
    public void A_slug_in_the_wrong_form_or_taken_by_the_site_is_a_usage_error(string kind, string slug)
    {
        using var content = new TempContent();
        content.Write();

        Assert.That(New(content, null, kind, slug).Exit, Is.EqualTo(2));
    }

    [Test]
    public void A_country_introduction_that_no_page_would_show_is_refused()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, _, errors) = New(content, null, "country", "no");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors, Does.Contain("no relationship lies in NO and no network has its seat there"));
    }

    [TestCase("new", "say what to create", "portal new municipality <slug> --name TEXT --lat DEGREES --lon DEGREES")]
    [TestCase("new relation vanda", "there is no kind 'relation'; did you mean 'relationship'?", "portal new relationship <municipality>/<slug> --name TEXT")]
    [TestCase("new network", "give the new network's slug", "portal new network <slug>")]
    [TestCase("new network eurocities --type twin-town", "--type does not apply to a network; it takes --name, --kind", "")]
    [TestCase("new page om kontakt", "unexpected 'kontakt'; put a value with spaces in quotes", "")]
    public void Usage_mistakes_exit_2_with_what_to_write_instead(string command, string message, string more)
    {
        using var content = new TempContent();
        content.Write();
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = CommandLine.Run(command.Split(' '), output, errors, content.RootDirectory, new NewCommand(new StringReader(string.Empty), interactive: false));

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(errors.ToString(), Does.Contain(message).And.Contain(more));
    }

    [Test]
    public void Help_lists_new_with_its_options()
    {
        using var output = new StringWriter();
        CommandLine.Run(["--help"], output, TextWriter.Null, ".", new BuildCommand(), new CheckCommand(), new NewCommand(TextReader.Null, interactive: false));
        Assert.That(output.ToString(), Does.Contain("new <kind> <slug> [--input DIR] [--name TEXT] [--lat DEGREES] [--lon DEGREES] [--country CODE] [--type TYPE] [--status STATUS]"));
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    [Test]
    public void Run_inside_the_content_folder_it_says_to_run_from_the_parent()
    {
        using var content = new TempContent();
        content.Write();
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = CommandLine.Run(["new", "page", "kontakt", "--title", "Kontakt"], output, errors, content.ContentDirectory, new NewCommand(new StringReader(string.Empty), interactive: false));

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors.ToString().TrimEnd(), Is.EqualTo("portal new: there is no content folder 'input'; this folder holds site.yml, so you are inside the content folder: run portal from its parent folder (cd ..)"));
    }
}
