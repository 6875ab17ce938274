using Portal.Output;
using Portal.PostProcessing;

namespace Portal.Tests.PostProcessing;

public sealed class InternalLinkCheckerTests
{
    private static OutputFile Page(string path, string body) =>
        OutputFile.Text(path, $"<!DOCTYPE html>\n<html><head><title>t</title></head>\n<body>\n{body}\n</body></html>");

    private static IReadOnlyList<string> Check(params OutputFile[] files) =>
        InternalLinkChecker.Check(files, "/portal/", "output", new Dictionary<string, Portal.Input.SourceFile>()).Select(d => d.ToString()).ToList();

    [Test]
    public void Links_that_lead_to_files_of_the_site_pass() =>
        Assert.That(Check(
            Page("index.html", "<a href=\"kommuner/huddinge.html\">a</a><a href=\"#top\" id=\"top\">b</a><a href=\"https://example.org/x\">c</a>"),
            Page("kommuner/huddinge.html", "<a href=\"../index.html\">a</a><img src=\"../assets/karta.png\" alt=\"\"><a href=\"../index.html#top\">b</a>"),
            OutputFile.Text("assets/karta.png", "png")), Is.Empty);

    [Test]
    public void A_link_to_a_missing_file_is_an_error_at_the_page_and_line() =>
        Assert.That(Check(Page("kommuner/huddinge.html", "<p>x</p>\n<a href=\"../kommuner/goteborg.html\">a</a>")), Is.EqualTo(new[]
        {
            "output/kommuner/huddinge.html:5:1: error PT0014: the link '../kommuner/goteborg.html' leads to no file of the site",
        }));

    [Test]
    public void A_link_to_a_missing_anchor_is_an_error() =>
        Assert.That(Check(Page("index.html", "<a href=\"om.html#saknas\">a</a>"), Page("om.html", "<h2 id=\"finns\">x</h2>")).Single(),
            Does.Contain("points to no element with id 'saknas'"));

    [Test]
    public void A_missing_anchor_names_five_of_the_target_pages_heading_ids_nearest_first_and_no_other_ids() =>
        Assert.That(
            Check(
                Page("index.html", "<a href=\"om.html#statistik-2023\">a</a>"),
                Page("om.html", "<p id=\"statistik-2022\">x</p><h2 id=\"bakgrund\">x</h2><h3 id=\"kontakt\">x</h3><h2 id=\"historia\">x</h2><h2 id=\"statistik-2024\">x</h2><h4 id=\"kallor\">x</h4><h2 id=\"statistik\">x</h2><svg><title>x</title><g id=\"statistik-2021\"></g></svg>")),
            Is.EqualTo(new[]
            {
                "output/index.html:4:1: error PT0014: the link 'om.html#statistik-2023' points to no element with id 'statistik-2023'; its headings are: #statistik-2024, #statistik, #historia, #bakgrund, #kontakt",
            }));

    [Test]
    public void A_missing_anchor_on_a_page_without_headings_says_so() =>
        Assert.That(
            Check(Page("index.html", "<a href=\"om.html#saknas\">a</a>"), Page("om.html", "<p id=\"stycke\">x</p>")).Single(),
            Does.EndWith("points to no element with id 'saknas'; that page has no headings to link to"));

    [Test]
    public void A_link_to_a_missing_anchor_on_its_own_page_is_an_error() =>
        Assert.That(Check(Page("om.html", "<h2 id=\"finns\">x</h2>\n<a href=\"#saknas\">a</a><a href=\"om.html#finns\">b</a>")), Is.EqualTo(new[]
        {
            "output/om.html:5:1: error PT0014: the link '#saknas' points to no element with id 'saknas'; its headings are: #finns",
        }));

    [Test]
    public void Pages_checked_as_they_come_have_their_links_to_later_pages_anchors_checked_at_the_end()
    {
        var checker = new InternalLinkChecker(new HashSet<string> { "index.html", "om.html" }, "/portal/", "output", new Dictionary<string, Portal.Input.SourceFile>());
        checker.Add("index.html", ParsedPage.Parse(Page("index.html", "<a href=\"om.html#finns\">a</a>\n<a href=\"om.html#saknas\">b</a>").Content!));
        checker.Add("om.html", ParsedPage.Parse(Page("om.html", "<h2 id=\"finns\">x</h2>").Content!));

        Assert.That(checker.Finish().Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "output/index.html:5:1: error PT0014: the link 'om.html#saknas' points to no element with id 'saknas'; its headings are: #finns",
        }));
    }

    [Test]
    public void A_link_above_the_site_root_is_broken() =>
        Assert.That(Check(Page("index.html", "<a href=\"../utanfor.html\">a</a>")), Has.Count.EqualTo(1));

    [Test]
    public void An_absolute_path_is_resolved_under_the_base_path_only()
    {
        Assert.That(Check(Page("404.html", "<a href=\"/portal/index.html\">a</a>"), Page("index.html", "")), Is.Empty);
        Assert.That(Check(Page("404.html", "<a href=\"/index.html\">a</a>"), Page("index.html", "")), Has.Count.EqualTo(1));
    }

    [TestCase("kommuner/huddinge.html", "../index.html", "index.html")]
    [TestCase("kommuner/huddinge.html", "vanersborg.html", "kommuner/vanersborg.html")]
    [TestCase("index.html", "kommuner/", "kommuner/index.html")]
    [TestCase("en/index.html", "/portal/theme/portal.css", "theme/portal.css")]
    public void Resolves_a_link_from_its_page(string page, string href, string target) =>
        Assert.That(InternalLinkChecker.Resolve(page, href, "/portal/"), Is.EqualTo(target));

    [TestCase("kommuner/huddinge.html", "../kommuner/./vanersborg.html")]
    [TestCase("kommuner/huddinge.html", "./")]
    [TestCase("kommuner/huddinge.html", "..")]
    [TestCase("kommuner/huddinge.html", "../../index.html")]
    [TestCase("a/b/c.html", "../../d/e/../f.html")]
    [TestCase("index.html", "samarbeten/huddinge/")]
    [TestCase("index.html", "l%C3%A4nder/dk.html")]
    [TestCase("index.html", "sidor/om%20oss.html")]
    public void Resolves_a_relative_link_as_a_browser_does(string page, string href) =>
        Assert.That(InternalLinkChecker.Resolve(page, Uri.UnescapeDataString(href), "/"), Is.EqualTo(HtmlPages.ResolveRelative(page, href)));

    /// <summary>Links of every shape (up and down folders, ".", "..", empty segments, a closing "/", above the root, absolute under the base path or not) resolve as the definition says.</summary>
    [Test]
    public void Any_link_resolves_as_defined()
    {
        var random = new Random(2026);
        string[] segments = ["a", "bb", "..", ".", "", "index.html", "x.html", "å"];
        string[] pages = ["index.html", "a/b.html", "en/a/b/c.html", "sv.html"];
        string Path(int most) => string.Join('/', Enumerable.Range(0, random.Next(0, most)).Select(_ => segments[random.Next(segments.Length)]));
        Assert.Multiple(() =>
        {
            for (var n = 0; n < 5000; n++)
            {
                var href = random.Next(4) switch
                {
                    0 => "/portal/" + Path(5),
                    1 => "/" + Path(5),
                    _ => Path(6),
                };
                var page = pages[random.Next(pages.Length)];
                Assert.That(InternalLinkChecker.Resolve(page, href, "/portal/"), Is.EqualTo(Definition(page, href, "/portal/")), $"{href} from {page}");
            }
        });
    }

    private static string? Definition(string page, string href, string basePath)
    {
        string combined;
        if (href.StartsWith('/'))
        {
            if (!href.StartsWith(basePath, StringComparison.Ordinal))
            {
                return null;
            }

            combined = href[basePath.Length..];
        }
        else
        {
            var directory = page.Contains('/') ? page[..page.LastIndexOf('/')] : string.Empty;
            combined = directory.Length == 0 ? href : $"{directory}/{href}";
        }

        var parts = new List<string>();
        foreach (var part in combined.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not "." and not "")
            {
                parts.Add(part);
            }
        }

        var path = string.Join('/', parts);
        return path.Length == 0 || combined.EndsWith('/') ? (path.Length == 0 ? "index.html" : path + "/index.html") : path;
    }
}
