namespace Portal.Tests.Templates;

/// <summary>
/// A site's theme folder overrides the shipped theme file by file, and a theme's mistakes are errors at their
/// line and column: a misspelled name never renders as nothing.
/// </summary>
public sealed class ThemeTests
{
    [Test]
    public void The_shipped_theme_has_every_string_in_every_language_and_no_mistake()
    {
        using var content = new TempContent();
        Assert.That(content.Build().Lines, Has.None.Contains("PT0028").And.None.Contains("PT0053"));
    }

    [Test]
    public void A_language_the_shipped_theme_has_no_strings_for_is_an_error_at_site_yml_languages_saying_where_to_add_them()
    {
        using var content = new TempContent();
        content.WithLine("site.yml", 6, "languages: [sv, en, fi]").Write();
        var run = SiteBuilder.Run(content.ContentDirectory, content.OutputDirectory, null, content.ContentDirectory, Portal.Templates.ThemeLoader.Shipped);

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            "site.yml:6:1: error PT0028: the theme has no strings for the language 'fi': create theme/i18n/fi.yml in the folder portal runs in (beside input/), starting from a copy of the shipped en.yml, and translate it; a theme/ folder there (or --theme DIR) overrides the shipped theme file by file",
        }));
    }

    [Test]
    public void A_language_neither_a_theme_folder_nor_the_shipped_theme_has_strings_for_is_an_error_at_the_folders_file()
    {
        using var theme = new TempDirectory();
        TestThemes.Write(theme, "layouts/404.sbn", "<h1>{{ page.title }}</h1>\n");
        using var content = new TempContent();
        content.WithLine("site.yml", 6, "languages: [sv, en, fi]");

        var line = TestThemes.Build(content, theme).Lines.Single();
        Assert.That(line, Does.EndWith("i18n/fi.yml:1:1: error PT0028: the theme has no strings for the language 'fi'; add i18n/fi.yml (copy i18n/en.yml and translate it)"));
        Assert.That(Path.GetFullPath(line[..line.IndexOf(':', StringComparison.Ordinal)], content.ContentDirectory), Is.EqualTo(theme.Combine("i18n", "fi.yml")), "in the theme folder the site gave");
    }

    [Test]
    public void An_override_folder_replaces_one_layout_and_the_rest_comes_from_the_shipped_theme()
    {
        using var theme = new TempDirectory();
        TestThemes.Write(theme, "layouts/404.sbn", "<h1>{{ page.title }}</h1>\n<p class=\"override\">{{ tr \"notfound.text\" }}</p>\n");
        using var content = new TempContent();
        var run = TestThemes.Build(content, theme);

        run.AssertClean();
        Assert.That(run.Html("404.html").QuerySelector("main p.override"), Is.Not.Null, "the override's layout");
        Assert.That(run.Html("om.html").QuerySelector("main .prose"), Is.Not.Null, "the shipped layouts and components");
        Assert.That(run.ReadText(run.ThemeFolder + "portal.css"), Does.Contain(".status--active"), "the shipped stylesheet");
    }

    [Test]
    public void An_override_component_css_file_replaces_its_part_of_the_one_stylesheet()
    {
        using var theme = new TempDirectory();
        TestThemes.Write(theme, "components/status/status.css", ".status { color: hotpink; }\n");
        using var content = new TempContent();
        var run = TestThemes.Build(content, theme).AssertClean();
        var css = run.ReadText(run.ThemeFolder + "portal.css");

        Assert.That(css, Does.Contain(".status { color: hotpink; }").And.Not.Contain(".status--active"));
        Assert.That(css.IndexOf(".status { color: hotpink; }", StringComparison.Ordinal), Is.GreaterThan(css.IndexOf(":root", StringComparison.Ordinal)), "in the listed order");
    }

    [Test]
    public void A_misspelled_variable_is_an_error_at_its_line_and_column()
    {
        using var theme = new TempDirectory();
        TestThemes.Write(theme, "layouts/404.sbn", "<h1>{{ page.title }}</h1>\n<p>{{ pgae.title }}</p>\n");
        using var content = new TempContent();
        var run = TestThemes.Build(content, theme);

        Assert.That(run.Result.Succeeded, Is.False);
        Assert.That(run.Lines, Has.Some.Match(@"layouts/404\.sbn:2:7: error PT0028: 'pgae' is not defined here"), run.Report);
    }

    [Test]
    public void A_misspelled_member_is_an_error_at_its_line_and_column()
    {
        using var theme = new TempDirectory();
        TestThemes.Write(theme, "layouts/404.sbn", "<h1>{{ page.title }}</h1>\n<p>{{ page.titel }}</p>\n");
        using var content = new TempContent();
        var run = TestThemes.Build(content, theme);

        Assert.That(run.Result.Succeeded, Is.False);
        Assert.That(run.Lines, Has.Some.Match(@"layouts/404\.sbn:2:12: error PT0028: .*no member 'titel'"), run.Report);
    }

    [Test]
    public void A_component_called_without_a_declared_argument_is_an_error_at_the_call()
    {
        using var theme = new TempDirectory();
        TestThemes.Write(theme, "layouts/404.sbn", "<h1>{{ page.title }}</h1>\n{{ status stauts: 'active' }}\n");
        using var content = new TempContent();
        var run = TestThemes.Build(content, theme);

        Assert.That(run.Lines, Has.Some.Match(@"layouts/404\.sbn:2:4: error PT0028: the component 'status' takes 'status: …': it has no parameter 'stauts'; the argument 'status' is missing"), run.Report);
    }

    [Test]
    public void A_component_cannot_read_its_callers_variables()
    {
        using var theme = new TempDirectory();
        TestThemes.Write(theme, "components/status/status.sbn", "{{ func status(status) -}}\n<span>{{ r.status }}</span>\n{{ end }}\n");
        using var content = new TempContent();
        var run = TestThemes.Build(content, theme);

        Assert.That(run.Lines, Has.Some.Match(@"components/status/status\.sbn:2:10: error PT0028: 'r' is not defined here"), run.Report);
    }

    [Test]
    public void A_ui_string_missing_from_one_language_is_an_error_naming_the_key_and_the_file_at_its_use()
    {
        using var theme = new TempDirectory();
        var english = File.ReadAllLines(Path.Combine(RepoPaths.Theme, "i18n", "en.yml")).Where(line => !line.StartsWith("skip:", StringComparison.Ordinal));
        TestThemes.Write(theme, "i18n/en.yml", string.Join('\n', english) + "\n");
        using var content = new TempContent();
        var run = TestThemes.Build(content, theme);

        Assert.That(run.Result.Succeeded, Is.False);
        var missing = run.Lines.Where(l => l.Contains("PT0053", StringComparison.Ordinal)).ToList();
        Assert.That(missing, Has.Count.EqualTo(1), run.Report);
        Assert.That(missing[0], Does.Match(@"layouts/base\.sbn:\d+:\d+: error PT0053: the UI string 'skip' is missing from .*i18n/en\.yml$"));
    }

    [Test]
    public void A_ui_string_only_built_at_run_time_is_reported_at_the_strings_file()
    {
        using var theme = new TempDirectory();
        var swedish = File.ReadAllLines(Path.Combine(RepoPaths.Theme, "i18n", "sv.yml")).Where(line => !line.StartsWith("  friendship-town:", StringComparison.Ordinal));
        TestThemes.Write(theme, "i18n/sv.yml", string.Join('\n', swedish) + "\n");
        using var content = new TempContent();
        var run = TestThemes.Build(content, theme);

        Assert.That(run.Lines, Has.Some.Match(@"i18n/sv\.yml:1:1: error PT0053: the UI string 'type\.friendship-town' is missing from .*i18n/sv\.yml$"), run.Report);
    }
}
