namespace Portal.Tests.Binding;

public sealed class SiteSettingsTests
{
    private static ContentModel LoadWithSite(string siteYml)
    {
        using var content = new TempContent();
        content.With("site.yml", siteYml);
        return ContentModel.Load(content);
    }

    [Test]
    public void A_single_string_title_is_used_in_every_language_and_languages_default_to_sv_and_en()
    {
        var model = LoadWithSite("title: Vänortsportalen\npublisher: Vänersborgs kommun\nbaseUrl: https://example.org/\n");
        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.Site!.Title.In("sv"), Is.EqualTo("Vänortsportalen"));
        Assert.That(model.Site.Title.In("en"), Is.EqualTo("Vänortsportalen"));
        Assert.That(model.Site.Languages, Is.EqualTo(new[] { "sv", "en" }));
    }

    [Test]
    public void A_title_missing_in_one_language_falls_back_to_the_default_language()
    {
        var model = LoadWithSite("title: {sv: Vänortsportalen}\npublisher: X\nbaseUrl: https://example.org/\n");
        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.Site!.Title.In("en"), Is.EqualTo("Vänortsportalen"));
    }

    [Test]
    public void The_base_url_gets_a_trailing_slash_so_pages_resolve_under_its_path()
    {
        var model = LoadWithSite("title: T\npublisher: X\nbaseUrl: https://example.org/internationellt\n");
        Assert.That(model.Site!.BaseUrl.ToString(), Is.EqualTo("https://example.org/internationellt/"));
    }

    [Test]
    public void With_only_one_language_an_en_file_is_an_unknown_language()
    {
        using var content = new TempContent();
        content.With("site.yml", "title: T\npublisher: X\nbaseUrl: https://example.org/\nlanguages: [sv]\n");
        var model = ContentModel.Load(content);
        Assert.That(model.Site!.Languages, Is.EqualTo(new[] { "sv" }));
        Assert.That(model.Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.en.md:1:1: error PT0025: 'en' is not one of the site's languages (sv); add it to 'languages' in site.yml or rename the file",
        }));
    }

    [Test]
    public void A_language_code_in_upper_case_is_an_error_at_its_place() =>
        Assert.That(
            LoadWithSite("title: T\npublisher: X\nbaseUrl: https://example.org/\nlanguages: [sv, EN]\n").Lines,
            Has.Exactly(1).EqualTo("site.yml:4:17: error PT0007: 'EN' is not a language code; write two lower-case letters such as sv or en"));

    [Test]
    public void A_base_url_that_is_not_absolute_is_an_error_at_its_value() =>
        Assert.That(LoadWithSite("title: T\npublisher: X\nbaseUrl: example.org/internationellt\n").Lines, Is.EqualTo(new[]
        {
            "site.yml:3:10: error PT0017: 'baseUrl' must be an absolute http(s) address such as https://example.org/, not 'example.org/internationellt'",
        }));

    [Test]
    public void Missing_required_keys_are_each_reported()
    {
        var lines = LoadWithSite("publisher: X\n").Lines;
        Assert.That(lines, Has.Exactly(1).StartsWith("site.yml:1:1: error PT0005: the required key 'title' is missing"));
        Assert.That(lines, Has.Exactly(1).StartsWith("site.yml:1:1: error PT0005: the required key 'baseUrl' is missing"));
    }

    [Test]
    public void A_null_title_is_missing_but_a_quoted_null_is_text()
    {
        Assert.That(LoadWithSite("title: null\npublisher: X\nbaseUrl: https://example.org/\n").Lines, Is.EqualTo(new[]
        {
            "site.yml:1:1: error PT0005: the required key 'title' is empty; give it a value (text, or one text per language ({sv: …, en: …}))",
        }));
        Assert.That(LoadWithSite("title: \"null\"\npublisher: X\nbaseUrl: https://example.org/\n").Site!.Title.In("sv"), Is.EqualTo("null"));
    }

    [Test]
    public void A_missing_site_yml_is_an_error()
    {
        using var content = new TempContent();
        content.Without("site.yml");
        var run = content.Build();
        Assert.That(run.Lines, Is.EqualTo(new[] { "site.yml:1:1: error PT0005: site.yml is missing; it needs at least title, publisher and baseUrl" }));
    }
}
