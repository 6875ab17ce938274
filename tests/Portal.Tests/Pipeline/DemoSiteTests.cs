using AngleSharp.Html.Dom;
using Portal.Templates;

namespace Portal.Tests.Pipeline;

/// <summary>The repository's demo content, built once: it must build cleanly and publish every page in both languages.</summary>
[TestFixture]
public sealed class DemoSiteTests
{
    private BuildRun _site = null!;

    [OneTimeSetUp]
    public void BuildDemoSite() => _site = DemoSite.Get();

    private static IEnumerable<string> InputFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.DemoInput, folder), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(RepoPaths.DemoInput, folder), f).Replace('\\', '/'))
            .Where(f => f.Count(c => c == '.') == 1)
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> BothLanguages(IEnumerable<string> paths) => paths.SelectMany(p => new[] { p, "en/" + p });

    [Test]
    public void The_demo_content_builds_with_no_error_and_no_warning()
    {
        Assert.That(_site.Lines, Is.Empty, _site.Report);
        Assert.That(_site.Result.Succeeded, Is.True);
        Assert.That(_site.Result.PagesWritten, Is.EqualTo(DemoSite.Pages().Count));
    }

    [Test]
    public void Every_content_file_has_its_page_in_Swedish_and_English()
    {
        var expected = BothLanguages(
            InputFiles("municipalities").Select(f => $"kommuner/{f[..^3]}.html")
                .Concat(InputFiles("partners").Select(f => $"samarbeten/{f[..^3]}.html"))
                .Concat(InputFiles("networks").Select(f => $"natverk/{f[..^3]}.html"))
                .Concat(InputFiles("decisions").Select(f => $"beslut/{f[..^3]}.html"))
                .Concat(InputFiles("pages").Select(f => $"{f[..^3]}.html"))
                .Concat(InputFiles("countries").Select(f => $"lander/{f[..^3]}.html"))
                .Concat(["index.html", "404.html", "kommuner/index.html", "samarbeten/index.html", "natverk/index.html", "beslut/index.html", "lander/index.html"]))
            .ToList();

        Assert.That(expected, Has.Count.GreaterThan(200));
        Assert.That(expected.Where(p => !_site.Exists(p)), Is.Empty);
    }

    [Test]
    public void Every_country_of_a_relationship_has_its_page_in_both_languages()
    {
        var csv = Portal.Data.CsvReader.Parse(_site.ReadText("data/partners.csv").Replace("\r\n", "\n"));
        var country = csv[0].ToList().IndexOf("country");
        var pages = csv.Skip(1).Select(r => $"lander/{r[country].ToLowerInvariant()}.html").Distinct();
        Assert.That(BothLanguages(pages).Where(p => !_site.Exists(p)), Is.Empty);
    }

    [Test]
    public void The_home_page_shows_the_counts_and_links_to_each_section()
    {
        var countries = Directory.EnumerateFiles(Path.Combine(_site.OutputDirectory, "lander"), "*.html").Count() - 1;
        var counts = new Dictionary<string, int>
        {
            ["samarbeten/index.html"] = InputFiles("partners").Count(),
            ["kommuner/index.html"] = InputFiles("municipalities").Count(),
            ["natverk/index.html"] = InputFiles("networks").Count(),
            ["beslut/index.html"] = InputFiles("decisions").Count(),
            ["lander/index.html"] = countries,
        };

        foreach (var home in new[] { "index.html", "en/index.html" })
        {
            var links = DemoSite.Page(home).QuerySelectorAll("main a").ToList();
            foreach (var (href, count) in counts)
            {
                Assert.That(
                    links.Where(a => a.GetAttribute("href") == href).Select(a => a.TextContent),
                    Has.Some.Match($@"(^|\D){count}(\D|$)"),
                    $"{home}: a link to {href} showing {count}");
            }
        }
    }

    [Test]
    public void The_Huddinge_decision_and_Vanda_link_to_each_other()
    {
        Assert.That(DemoSite.Page("beslut/huddinge-avslutar-vanortssamarbetet-2024.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")),
            Does.Contain("../samarbeten/huddinge/vanda.html"));
        Assert.That(DemoSite.Page("samarbeten/huddinge/vanda.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")),
            Does.Contain("../../beslut/huddinge-avslutar-vanortssamarbetet-2024.html"));
        Assert.That(DemoSite.Page("en/samarbeten/huddinge/vanda.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")),
            Does.Contain("../../beslut/huddinge-avslutar-vanortssamarbetet-2024.html"));
    }

    [Test]
    public void Every_decision_links_to_what_it_concerns_and_back()
    {
        var model = ContentModel.Load(RepoPaths.DemoInput);
        Assert.That(model.Lines, Is.Empty, model.Report);
        var pairs = model.In("sv").Decisions.SelectMany(d => d.Concerns.Select(c => (
            Decision: $"beslut/{d.Slug}.html",
            Target: c.Relationship is { } key ? $"samarbeten/{key.Municipality}/{key.Slug}.html" : $"natverk/{c.Network}.html"))).ToList();
        Assert.That(pairs, Has.Count.GreaterThan(10));

        var missing = new List<string>();
        foreach (var (decision, target) in pairs)
        {
            foreach (var language in new[] { string.Empty, "en/" })
            {
                if (!LinksTo(language + decision, language + target))
                {
                    missing.Add($"{language + decision} → {language + target}");
                }

                if (!LinksTo(language + target, language + decision))
                {
                    missing.Add($"{language + target} → {language + decision}");
                }
            }
        }

        Assert.That(missing, Is.Empty);

        static bool LinksTo(string page, string target) =>
            DemoSite.Page(page).QuerySelectorAll("main a[href]").Any(a => HtmlPages.ResolveRelative(page, a.GetAttribute("href")!) == target);
    }

    [Test]
    public void Every_page_has_title_description_language_and_landmarks()
    {
        var problems = new List<string>();
        foreach (var path in DemoSite.Pages())
        {
            var page = DemoSite.Page(path);
            var language = path.StartsWith("en/", StringComparison.Ordinal) ? "en" : "sv";
            void Expect(bool condition, string what)
            {
                if (!condition)
                {
                    problems.Add($"{path}: {what}");
                }
            }

            Expect(!string.IsNullOrWhiteSpace(page.Title), "<title>");
            Expect(page.QuerySelectorAll("meta[name=description]").Length == 1
                && !string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")), "one meta description");
            Expect(page.DocumentElement.GetAttribute("lang") == language, $"<html lang=\"{language}\">");
            Expect(page.QuerySelector("header") is not null, "<header>");
            Expect(page.QuerySelector("footer") is not null, "<footer>");
            Expect(page.QuerySelectorAll("main").Length == 1 && page.QuerySelector("main")!.Id == "main-content", "one <main id=main-content>");
            Expect(page.QuerySelector("nav") is not null, "<nav>");
            Expect(page.QuerySelector("a[href='#main-content']") is { } skip && skip == page.QuerySelector("body a"), "a skip link to #main-content as the first link");
            Expect(page.QuerySelector("nav li[aria-current=page]") is not null, "breadcrumbs ending at the page");
            Expect(page.QuerySelectorAll("main h1").Length == 1, "one <h1> in <main>");
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Every_page_has_hreflang_alternates_and_links_to_its_other_language_version()
    {
        var problems = new List<string>();
        foreach (var path in DemoSite.Pages())
        {
            var page = DemoSite.Page(path);
            var isEnglish = path.StartsWith("en/", StringComparison.Ordinal);
            var other = isEnglish ? path["en/".Length..] : "en/" + path;
            var otherLanguage = isEnglish ? "sv" : "en";
            foreach (var language in new[] { "sv", "en" })
            {
                if (page.QuerySelector($"link[rel=alternate][hreflang={language}]") is null)
                {
                    problems.Add($"{path}: no hreflang={language}");
                }
            }

            var switchLinks = page.QuerySelectorAll($"a[hreflang={otherLanguage}]").Select(a => a.GetAttribute("href")!).ToList();
            var target = switchLinks.Select(h => h.StartsWith('/') ? h["/internationellt/".Length..] : HtmlPages.ResolveRelative(path, h)).ToList();
            if (!target.Contains(other))
            {
                problems.Add($"{path}: no link to {other} (found {string.Join(", ", switchLinks)})");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    /// <summary>
    /// The main navigation marks where the page is, and nothing else: the home link on the home page alone, a section's
    /// link on the pages under its folder (its index, its items, their later pages), no link on a page outside the
    /// sections. Every page of the demo, in both languages; its links lead where the page's language has them.
    /// </summary>
    [Test]
    public void The_main_navigation_marks_the_section_the_page_is_in()
    {
        var problems = new List<string>();
        foreach (var path in DemoSite.Pages().Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var inLanguage = path.StartsWith("en/", StringComparison.Ordinal) ? path[3..] : path;
            var language = path.Length == inLanguage.Length ? string.Empty : "en/";
            var links = DemoSite.Page(path).QuerySelectorAll("nav.main-nav a").ToList();
            var current = links.Where(a => a.GetAttribute("aria-current") == "page").Select(a => HtmlPages.ResolveRelative(path, a.GetAttribute("href")!)).ToList();
            var section = inLanguage == "index.html" ? "index.html" : links.Select(a => HtmlPages.ResolveRelative(path, a.GetAttribute("href")!)![language.Length..])
                .FirstOrDefault(target => target != "index.html" && inLanguage.StartsWith(target[..(target.LastIndexOf('/') + 1)], StringComparison.Ordinal));
            var expected = section is null ? [] : new[] { language + section };
            if (!current.SequenceEqual(expected))
            {
                problems.Add($"{path}: marks [{string.Join(", ", current)}], expected [{string.Join(", ", expected)}]");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Breadcrumbs_lead_back_to_the_home_page_of_the_same_language()
    {
        foreach (var path in new[] { "samarbeten/huddinge/vanda.html", "en/samarbeten/huddinge/vanda.html", "en/historia/vanortsrorelsen.html" })
        {
            var crumbs = DemoSite.Page(path).QuerySelectorAll("nav li[aria-current=page]").Single().ParentElement!.QuerySelectorAll("a").ToList();
            Assert.That(crumbs, Is.Not.Empty, path);
            var home = path.StartsWith("en/", StringComparison.Ordinal) ? "en/index.html" : "index.html";
            Assert.That(HtmlPages.ResolveRelative(path, crumbs[0].GetAttribute("href")!), Is.EqualTo(home), path);
        }
    }

    [Test]
    public void An_English_page_without_translation_shows_the_Swedish_text_marked_as_Swedish_with_a_notice()
    {
        var strings = UiStrings.Read(File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "en.yml")), "en.yml", new DiagnosticBag())!;
        var page = DemoSite.Page("en/samarbeten/huddinge/askim.html");
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        var swedish = page.QuerySelectorAll("main [lang=sv]").ToList();
        Assert.That(swedish.Select(e => e.TextContent), Has.Some.Contains("Huddinge kommun inledde vänortssamarbetet med Askim"));
        Assert.That(page.QuerySelector("main")!.TextContent, Does.Contain(strings["fallback.notice"]));
    }

    [Test]
    public void An_English_page_with_a_translation_shows_the_translation_without_the_notice()
    {
        var strings = UiStrings.Read(File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "en.yml")), "en.yml", new DiagnosticBag())!;
        var page = DemoSite.Page("en/samarbeten/huddinge/vanda.html");
        var main = page.QuerySelector("main")!;
        Assert.That(main.QuerySelector("h1")!.TextContent.Trim(), Is.EqualTo("Vantaa"));
        Assert.That(main.TextContent, Does.Contain("Huddinge Municipality began its twinning with the City of Vantaa"));
        Assert.That(main.TextContent, Does.Not.Contain(strings["fallback.notice"]));
        Assert.That(main.QuerySelectorAll("[lang=sv]").Select(e => e.TextContent), Has.None.Contains("Vantaa was the twin town"));
    }

    [Test]
    public void The_Swedish_page_shows_the_Swedish_text_with_no_notice()
    {
        var strings = UiStrings.Read(File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "sv.yml")), "sv.yml", new DiagnosticBag())!;
        IHtmlDocument page = DemoSite.Page("samarbeten/huddinge/askim.html");
        Assert.That(page.QuerySelector("main")!.TextContent, Does.Not.Contain(strings["fallback.notice"]));
        Assert.That(page.QuerySelector("main h1")!.TextContent.Trim(), Is.EqualTo("Askim"));
    }

    [Test]
    public void An_ended_relationship_whose_end_is_unknown_does_not_read_as_ongoing()
    {
        var nuuk = DemoSite.Page("kommuner/huddinge.html").QuerySelectorAll("table.relationships tbody tr")
            .Single(row => row.QuerySelector("th")!.TextContent.Trim() == "Nuuk");

        Assert.That(nuuk.QuerySelectorAll("td").Last().TextContent.Trim(), Is.EqualTo("1989–okänt"));
    }
}
