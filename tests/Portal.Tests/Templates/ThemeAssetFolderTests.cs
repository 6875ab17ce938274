using System.Security.Cryptography;
using System.Text;

namespace Portal.Tests.Templates;

/// <summary>
/// The theme's files are published in one folder of <c>theme/</c> named by a hash of their names and bytes, so that a
/// server may cache <c>theme/</c> for a year: the same files are at the same URLs in every build on every machine, a
/// changed file moves them all, a changed template alone moves none, and every page loads them from there.
/// </summary>
public sealed class ThemeAssetFolderTests
{
    private const string ShippedStatusCss = "components/status/status.css";

    [Test]
    public void The_same_theme_gives_the_same_folder_in_every_build_wherever_the_theme_lives()
    {
        using var one = new TempContent();
        using var two = new TempContent();
        using var copy = new TempDirectory();
        DirectorySnapshot.Copy(RepoPaths.Theme, copy.FullPath);

        var first = one.Build().AssertClean();
        var second = TestThemes.Build(two, copy);

        Assert.That(first.ThemeFolder, Does.Match("^theme/[0-9a-f]{12}/$"));
        Assert.That(second.ThemeFolder, Is.EqualTo(first.ThemeFolder));
        Assert.That(ThemeFiles(second), Is.EqualTo(ThemeFiles(first)));
    }

    [Test]
    public void The_folder_is_named_by_the_sha256_of_exactly_the_files_in_it()
    {
        using var content = new TempContent();
        var run = content.Build().AssertClean();
        var folder = Path.Combine(run.OutputDirectory, run.ThemeFolder);

        // Each file's name, a zero byte, its length as eight bytes little-endian, and its bytes, in the order of the names.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, name));
            sha.AppendData([.. Encoding.UTF8.GetBytes(name), 0]);
            sha.AppendData(BitConverter.GetBytes((long)bytes.Length));
            sha.AppendData(bytes);
        }

        Assert.That(run.ThemeFolder, Is.EqualTo($"theme/{Convert.ToHexStringLower(sha.GetHashAndReset())[..12]}/"));
        Assert.That(Directory.EnumerateFileSystemEntries(Path.Combine(run.OutputDirectory, "theme")).Count(), Is.EqualTo(1), "one folder, nothing beside it");
    }

    [Test]
    public void Changing_one_css_rule_gives_a_new_folder_that_every_page_links()
    {
        using var shipped = new TempContent();
        using var edited = new TempContent();
        using var theme = new TempDirectory();
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, ShippedStatusCss));
        TestThemes.Write(theme, ShippedStatusCss, css.Replace("font-weight: 600;", "font-weight: 700;", StringComparison.Ordinal));

        var before = shipped.Build().AssertClean();
        var after = TestThemes.Build(edited, theme).AssertClean();

        Assert.That(after.ThemeFolder, Is.Not.EqualTo(before.ThemeFolder));
        Assert.That(after.ReadText(after.ThemeFolder + "portal.css"), Does.Contain("font-weight: 700;").And.Not.Contain("font-weight: 600; white-space"));
        Assert.That(after.Exists(before.ThemeFolder + "portal.css"), Is.False);
        Assert.That(Names(after), Is.EqualTo(Names(before)), "every file moves with the stylesheet");
        Assert.That(Pages(after).Select(p => ThemeFolderOf(after, p)).Distinct(), Is.EqualTo(new[] { after.ThemeFolder }), "every page, the 404 page too");
    }

    [Test]
    public void Changing_a_theme_file_other_than_the_stylesheet_gives_a_new_folder()
    {
        using var shipped = new TempContent();
        using var edited = new TempContent();
        using var theme = new TempDirectory();
        TestThemes.Write(theme, "assets/favicon.svg", File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "favicon.svg")).Replace("<svg", "<svg data-edited=\"1\"", StringComparison.Ordinal));

        var before = shipped.Build().AssertClean();
        var after = TestThemes.Build(edited, theme).AssertClean();

        Assert.That(after.ThemeFolder, Is.Not.EqualTo(before.ThemeFolder));
        Assert.That(after.ReadText(after.ThemeFolder + "portal.css"), Is.EqualTo(before.ReadText(before.ThemeFolder + "portal.css")));
    }

    [Test]
    public void Changing_only_a_layout_keeps_the_folder()
    {
        using var shipped = new TempContent();
        using var edited = new TempContent();
        using var theme = new TempDirectory();
        TestThemes.Write(theme, "layouts/404.sbn", "<h1>{{ page.title }}</h1>\n<p class=\"override\">{{ tr \"notfound.text\" }}</p>\n");

        var before = shipped.Build().AssertClean();
        var after = TestThemes.Build(edited, theme).AssertClean();

        Assert.That(after.Html("404.html").QuerySelector("main p.override"), Is.Not.Null, "the layout changed the page");
        Assert.That(after.ThemeFolder, Is.EqualTo(before.ThemeFolder));
        Assert.That(ThemeFiles(after), Is.EqualTo(ThemeFiles(before)));
    }

    [Test]
    public void Every_page_loads_its_stylesheet_icon_and_scripts_from_files_of_the_theme_folder()
    {
        var run = DemoSite.Get();
        var basePath = new Uri(DemoSite.BaseUrl).AbsolutePath;
        var loaded = new List<(string Page, string Url, string? Target)>();
        foreach (var page in DemoSite.Pages())
        {
            var document = DemoSite.Page(page);
            var urls = document.QuerySelectorAll("link[rel=stylesheet], link[rel=icon]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!))
                .ToList();
            Assert.That(urls, Has.Count.GreaterThanOrEqualTo(2), page);
            loaded.AddRange(urls.Select(url => (page, url, url.StartsWith('/') ? (url.StartsWith(basePath, StringComparison.Ordinal) ? url[basePath.Length..] : null) : HtmlPages.ResolveRelative(page, url))));
        }

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Where(l => l.Target is null || !l.Target.StartsWith(run.ThemeFolder, StringComparison.Ordinal)).Select(l => $"{l.Page}: {l.Url}"), Is.Empty, "everything a page loads is the theme's");
            Assert.That(loaded.Where(l => l.Target is not null && !run.Exists(l.Target)).Select(l => $"{l.Page}: {l.Url}"), Is.Empty, "and is there");
            Assert.That(loaded.Select(l => l.Target).Distinct(), Is.EquivalentTo(new[] { "favicon.svg", "portal.css", "search/search.js" }.Select(f => run.ThemeFolder + f)));
        });
    }

    [Test]
    public void The_link_check_finds_a_link_into_the_theme_folder_that_leads_to_no_file()
    {
        using var missing = new TempContent();
        using var present = new TempContent();
        using var theme = new TempDirectory();
        TestThemes.Write(theme, "layouts/404.sbn", "<h1>{{ page.title }}</h1>\n<p><img src=\"{{ page.theme_href }}logo.svg\" alt=\"\"></p>\n");

        var broken = TestThemes.Build(missing, theme);
        TestThemes.Write(theme, "assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"></svg>\n");
        var mended = TestThemes.Build(present, theme).AssertClean();

        Assert.That(broken.Result.Succeeded, Is.False);
        Assert.That(broken.Lines, Has.Some.Match(@"404\.html:\d+:1: error PT0014: the link '/portal/theme/[0-9a-f]{12}/logo\.svg' leads to no file of the site"), broken.Report);
        Assert.That(mended.Html("404.html").QuerySelector("main img")!.GetAttribute("src"), Is.EqualTo($"/portal/{mended.ThemeFolder}logo.svg"));
        Assert.That(mended.Exists(mended.ThemeFolder + "logo.svg"), Is.True);
    }

    [Test]
    public void A_build_over_an_older_site_leaves_only_the_current_theme_folder()
    {
        using var content = new TempContent();
        using var theme = new TempDirectory();
        var first = content.Build().AssertClean().ThemeFolder;
        TestThemes.Write(theme, ShippedStatusCss, ".status { color: hotpink; }\n");

        var second = TestThemes.Build(content, theme).AssertClean();

        Assert.That(second.ThemeFolder, Is.Not.EqualTo(first));
        Assert.That(Directory.GetDirectories(Path.Combine(second.OutputDirectory, "theme")).Select(d => $"theme/{Path.GetFileName(d)}/"), Is.EqualTo(new[] { second.ThemeFolder }));
    }

    /// <summary>The site paths of the files under <c>theme/</c>, and their bytes.</summary>
    private static IReadOnlyList<string> ThemeFiles(BuildRun run) =>
        [.. DirectorySnapshot.Take(Path.Combine(run.OutputDirectory, "theme")).Select(f => $"theme/{f.Key}:{f.Value}").Order(StringComparer.Ordinal)];

    /// <summary>The names of the files in the theme's folder.</summary>
    private static IReadOnlyList<string> Names(BuildRun run) =>
        [.. DirectorySnapshot.Take(Path.Combine(run.OutputDirectory, run.ThemeFolder)).Keys];

    private static IEnumerable<string> Pages(BuildRun run) =>
        Directory.EnumerateFiles(run.OutputDirectory, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(run.OutputDirectory, f).Replace('\\', '/'));

    /// <summary>The theme folder a page links its stylesheet from: relative on an ordinary page, by absolute path on the 404 page.</summary>
    private static string ThemeFolderOf(BuildRun run, string page)
    {
        var document = run.Html(page);
        var href = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        return href.StartsWith("/portal/", StringComparison.Ordinal) ? href["/portal/".Length..href.LastIndexOf('/')] + "/" : HtmlPages.ThemeFolderOf(page, document);
    }
}
