namespace Portal.Tests.Search;

/// <summary>
/// <c>search: false</c> in site.yml, for a portal set in a site with a search of its own: no field in the header, no
/// search page, no index and no search scripts; every other page and link as before.
/// </summary>
public sealed class SearchSettingTests
{
    private static TempContent Content(string? search)
    {
        var content = new TempContent();
        return search is null ? content : content.With("site.yml", TempContent.MinimalFiles["site.yml"] + $"\nsearch: {search}\n");
    }

    private static List<string> Files(BuildRun run) =>
        [.. Directory.EnumerateFiles(run.OutputDirectory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(run.OutputDirectory, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Test]
    public void Without_search_the_site_has_no_search_field_page_index_or_script()
    {
        using var content = Content("false");
        var run = content.Build().AssertClean();
        var files = Files(run);
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(files, Has.None.Contains("sok.html"));
            Assert.That(files, Has.None.StartsWith("search/").And.None.StartsWith(run.ThemeFolder + "search/"));
            Assert.That(files.Where(f => f.StartsWith("theme/", StringComparison.Ordinal)), Is.EqualTo(new[] { run.ThemeFolder + "favicon.svg", run.ThemeFolder + "portal.css" }), "the theme's files but the search's");
            Assert.That(pages.Where(p => run.ReadText(p).Contains("<search", StringComparison.Ordinal)), Is.Empty, "no page has the header's field");
            Assert.That(pages.Where(p => run.ReadText(p).Contains("sok.html", StringComparison.Ordinal)), Is.Empty, "no page links to a search page");
            Assert.That(files, Does.Contain("samarbeten/huddinge/vanda.html").And.Contain("en/samarbeten/huddinge/vanda.html"));
        });
    }

    [TestCase(null)]
    [TestCase("true")]
    public void With_search_every_page_has_the_field_and_each_language_its_search_page(string? search)
    {
        using var content = Content(search);
        var run = content.Build().AssertClean();
        var files = Files(run);

        Assert.Multiple(() =>
        {
            Assert.That(files, Does.Contain("sok.html").And.Contain("en/sok.html"));
            Assert.That(files, Has.Some.StartsWith("search/").And.Some.StartsWith(run.ThemeFolder + "search/"));
            Assert.That(run.Html("samarbeten/huddinge/vanda.html").QuerySelector("search form")?.GetAttribute("action"), Is.EqualTo("../../sok.html"));
        });
    }

    [Test]
    public void A_search_that_is_not_true_or_false_is_an_error_at_its_value()
    {
        using var content = Content("no");
        Assert.That(content.Build().Lines, Has.Some.Match(@"^site\.yml:7:9: error PT0007: 'search' must be true or false, not 'no'$"));
    }
}
