using System.Text.RegularExpressions;
using Portal.Pages;

namespace Portal.Tests.Pages;

/// <summary>Long lists over several pages: how they split, what the pagination shows, and the pages a site gets.</summary>
public sealed partial class PagingTests
{
    [TestCase(0, new int[] { 0 })]
    [TestCase(1, new[] { 1 })]
    [TestCase(100, new[] { 100 })]
    [TestCase(101, new[] { 100, 1 })]
    [TestCase(250, new[] { 100, 100, 50 })]
    public void A_list_splits_into_full_pages_and_a_rest_and_none_is_one_empty_page(int items, int[] sizes)
    {
        var pages = Paging.Split(Enumerable.Range(1, items).ToList());

        Assert.That(pages.Select(p => p.Count), Is.EqualTo(sizes));
        Assert.That(pages.SelectMany(p => p), Is.EqualTo(Enumerable.Range(1, items)), "every item once, in order");
    }

    [TestCase(1, 1, new[] { 1 })]
    [TestCase(2, 3, new[] { 1, 2, 3 })]
    [TestCase(1, 10, new[] { 1, 2, 0, 10 })]
    [TestCase(4, 10, new[] { 1, 2, 3, 4, 5, 0, 10 })]
    [TestCase(5, 10, new[] { 1, 0, 4, 5, 6, 0, 10 })]
    [TestCase(10, 10, new[] { 1, 0, 9, 10 })]
    [TestCase(125, 250, new[] { 1, 0, 124, 125, 126, 0, 250 })]
    public void The_pagination_shows_the_ends_the_current_page_and_its_neighbours_with_gaps_between(int current, int count, int[] shown)
    {
        Assert.That(Paging.Window(current, count), Is.EqualTo(shown));
    }

    /// <summary>The minimal content and <paramref name="count"/> more partners of Huddinge in Finland (250 relationships for 249).</summary>
    private static TempContent WithFinnishPartners(int count)
    {
        var content = new TempContent();
        for (var i = 0; i < count; i++)
        {
            // Three kilometres apart, all in Finland: no two are taken for the same place.
            var lat = (61.0 + (i * 0.03)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            content.With($"partners/huddinge/ort-{i:000}.md", $"---\nname: Ort {i:000}\ncountry: FI\nlocation: {{lat: {lat}, lon: 26.0}}\ntype: twin-town\nstatus: active\n---\nOrt {i:000} är en vänort.\n");
        }

        return content;
    }

    [GeneratedRegex(@"<a href=""[^""]*/ort-(\d{3})\.html""[^>]*>")]
    private static partial Regex RelationshipLink();

    [Test]
    public void A_site_of_250_relationships_lists_them_a_hundred_to_a_page_each_once_in_both_languages()
    {
        using var content = WithFinnishPartners(249);

        var run = content.Build().AssertClean();

        foreach (var prefix in new[] { string.Empty, "en/" })
        {
            string[] pages = [$"{prefix}samarbeten/index.html", $"{prefix}samarbeten/sida-2.html", $"{prefix}samarbeten/sida-3.html"];
            Assert.That(run.Exists($"{prefix}samarbeten/sida-4.html"), Is.False, "250 relationships make three pages");
            var listed = pages.Select(p => RelationshipLink().Matches(run.ReadText(p)).Select(m => int.Parse(m.Groups[1].Value)).ToList()).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(listed.Select(l => l.Count), Is.EqualTo(new[] { 100, 100, 49 }), "Vanda, the 250th, is not an ort-");
                Assert.That(listed.SelectMany(l => l).Order(), Is.EqualTo(Enumerable.Range(0, 249)), "each relationship on exactly one page");
                Assert.That(pages.Select(p => run.Html(p).Title).Distinct().Count(), Is.EqualTo(3), "every page's title tells it apart");
            });

            var second = run.Html(pages[1]);
            var nav = second.QuerySelector("nav.pagination")!;
            Assert.Multiple(() =>
            {
                Assert.That(nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"), Is.EqualTo("index.html"));
                Assert.That(nav.QuerySelector("a[rel=next]")!.GetAttribute("href"), Is.EqualTo("sida-3.html"));
                Assert.That(nav.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "index.html", "sida-2.html", "sida-3.html" }));
                Assert.That(nav.QuerySelector("a[aria-current=page]")!.TextContent, Is.EqualTo("2"));
                Assert.That(second.QuerySelectorAll("nav[aria-label] ol a, .breadcrumbs a").Select(a => a.GetAttribute("href")), Does.Contain("index.html"), "page 2 sits below the first");
                Assert.That(run.Html(pages[0]).QuerySelector("a[rel=prev]"), Is.Null, "the first page has no previous");
                Assert.That(run.Html(pages[2]).QuerySelector("a[rel=next]"), Is.Null, "the last page has no next");
            });
        }

        Assert.That(NuHtmlChecker.Errors(Path.Combine(run.OutputDirectory, "samarbeten")), Is.Empty, "the pagination is valid HTML");
        var sitemap = run.ReadText("sitemap.xml");
        Assert.That(sitemap, Does.Contain("samarbeten/sida-2.html").And.Contain("en/samarbeten/sida-3.html"), "the sitemap lists every page");
    }

    [Test]
    public void A_country_of_250_relationships_continues_its_list_on_pages_of_its_own_with_the_map_and_intro_on_the_first()
    {
        using var content = WithFinnishPartners(249);

        var run = content.Build().AssertClean();

        string[] pages = ["lander/fi.html", "lander/fi/sida-2.html", "lander/fi/sida-3.html"];
        var listed = pages.Select(p => RelationshipLink().Matches(run.ReadText(p)).Count).ToList();
        var second = run.Html(pages[1]);
        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.EqualTo(new[] { 100, 100, 49 }));
            Assert.That(run.Exists("lander/fi/sida-4.html"), Is.False);
            Assert.That(run.Html(pages[0]).QuerySelector("figure svg"), Is.Not.Null, "the map is on the first page");
            Assert.That(second.QuerySelector("figure svg"), Is.Null, "and only there");
            Assert.That(second.QuerySelector("h1")!.TextContent, Is.EqualTo("Finland, sida 2 av 3"));
            Assert.That(second.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")), Does.Contain("../fi.html"), "page 2 sits below the country's page");
            Assert.That(second.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"), Is.EqualTo("../fi.html"));
            Assert.That(run.ReadText(pages[0]), Does.Contain("Om landet").Or.Contain("id=\"about-heading\""), "the intro is on the first page");
            Assert.That(second.QuerySelector("#about-heading"), Is.Null, "and not repeated");
        });
    }

    [Test]
    public void The_decisions_index_is_split_newest_first_across_pages()
    {
        using var content = new TempContent();
        for (var i = 0; i < 120; i++)
        {
            var date = new DateOnly(2000, 1, 1).AddDays(i * 30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            content.With($"decisions/beslut-{i:000}.md", $"---\ntitle: Beslut {i:000}\nmunicipality: huddinge\nbody: Kommunstyrelsen\ndate: {date}\nkind: guideline\n---\nEtt beslut.\n");
        }

        var run = content.Build().AssertClean();

        var first = run.Html("beslut/index.html").QuerySelectorAll(".decision-list li a").Select(a => a.TextContent).ToList();
        var second = run.Html("beslut/sida-2.html").QuerySelectorAll(".decision-list li a").Select(a => a.TextContent).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(first, Has.Count.EqualTo(100));
            Assert.That(first[0], Is.EqualTo("Huddinge avslutar vänortssamarbetet"), "2024, the newest, first");
            Assert.That(first[1], Is.EqualTo("Beslut 119"));
            Assert.That(second, Has.Count.EqualTo(21));
            Assert.That(second[^1], Is.EqualTo("Beslut 000"), "the oldest last");
            Assert.That(run.Exists("beslut/sida-3.html"), Is.False);
        });
    }

    [Test]
    public void A_site_of_few_relationships_has_one_page_and_no_pagination()
    {
        using var content = new TempContent();

        var run = content.Build().AssertClean();

        Assert.That(run.Html("samarbeten/index.html").QuerySelector("nav.pagination"), Is.Null);
        Assert.That(run.Exists("samarbeten/sida-2.html"), Is.False);
    }

    [Test]
    public void The_pages_of_a_long_list_composed_alone_are_those_of_the_whole_build()
    {
        using var content = WithFinnishPartners(249);
        content.Write();
        var options = new BuildOptions("content", "output", RepoPaths.Theme, new Uri(TempContent.BaseUrl), content.RootDirectory);
        var whole = PortalBuild.Generate(options, new DiagnosticBag())!.Where(f => f.Content is not null).ToDictionary(f => f.Path, f => f.Content!);
        var wanted = whole.Keys.Where(p => p.Contains("/sida-", StringComparison.Ordinal)).Append("en/lander/fi.html").Append("samarbeten/huddinge/ort-123.html").ToHashSet();

        var diagnostics = new DiagnosticBag();
        var alone = PortalBuild.GeneratePages(options, wanted, changed: null, diagnostics, new BuildCache())!;

        Assert.That(diagnostics.HasErrors, Is.False, string.Join('\n', diagnostics.Sorted()));
        Assert.That(wanted, Has.Count.GreaterThan(6), "later pages of the relationships, the countries' lists, in both languages");
        Assert.That(alone.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)), Is.EquivalentTo(wanted));
        Assert.That(alone.Select(f => f.Path).Where(p => !p.EndsWith(".html", StringComparison.Ordinal)), Is.EquivalentTo(whole.Keys.Where(p => p.StartsWith("theme/", StringComparison.Ordinal))), "and the theme's files the pages load");
        Assert.Multiple(() =>
        {
            foreach (var page in alone)
            {
                Assert.That(page.Content, Is.EqualTo(whole[page.Path]), page.Path);
            }
        });
    }
}
