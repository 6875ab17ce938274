using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Portal.Browser.Tests;

/// <summary>What people do with the site: skip to the content, follow a map marker by keyboard, switch language,
/// follow any link, use it without JavaScript, mistype an address.</summary>
[TestFixture]
public sealed partial class Interaction
{
    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BrowserSite.BaseUrl, path).ToString());
        return page;
    }

    [TestCase("samarbeten/index.html")]
    [TestCase("kommuner/vanersborg.html")]
    [TestCase("natverk/nordiska-vanortskedjan.html")]
    public async Task On_a_phone_a_relationship_table_shows_every_column_without_scrolling_and_stays_a_table(string path)
    {
        await using var context = await BrowserSite.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        var page = await OpenAsync(context, path);

        var overflowing = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('table.relationships')].filter(t => t.parentElement.scrollWidth > t.parentElement.clientWidth + 1 || t.getBoundingClientRect().right > innerWidth).length");
        var cellsOutside = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('table.relationships tbody td')].filter(c => c.getBoundingClientRect().right > innerWidth + 1).length");
        var firstRow = page.Locator("table.relationships tbody tr").First;

        Assert.Multiple(async () =>
        {
            Assert.That(overflowing, Is.Zero, "a relationship table is wider than the screen");
            Assert.That(cellsOutside, Is.Zero, "a cell lies outside the screen");
            Assert.That(await firstRow.GetByRole(AriaRole.Rowheader).CountAsync(), Is.EqualTo(1), "the partner is still the row's header");
            Assert.That(await firstRow.GetByRole(AriaRole.Cell).CountAsync(), Is.GreaterThanOrEqualTo(3), "the other values are still cells");
            Assert.That(await page.GetByRole(AriaRole.Columnheader, new() { Name = "Status" }).First.CountAsync(), Is.EqualTo(1), "the column headers are still there for screen readers");
        });
    }

    /// <summary>One body cell of a card table as a phone shows it: its column's header, what CSS draws before it, and its text.</summary>
    private sealed class CardCell
    {
        public string Header { get; init; } = string.Empty;

        public string Before { get; init; } = string.Empty;

        public string Text { get; init; } = string.Empty;

        public bool Visible { get; init; }
    }

    [TestCase("samarbeten/index.html")]
    [TestCase("beslut/huddinge-avslutar-vanortssamarbetet-2024.html")]
    [TestCase("en/kommuner/huddinge.html")]
    [TestCase("natverk/metropolis.html")]
    [TestCase("en/natverk/nordiska-vanortskedjan.html")]
    public async Task On_a_phone_each_cell_of_a_card_shows_its_column_s_label_which_a_screen_reader_hears_once(string path)
    {
        await using var context = await BrowserSite.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var page = await OpenAsync(context, path);

        var cells = await page.EvaluateAsync<CardCell[]>("""
            () => [...document.querySelectorAll('table.card-table tbody td')].map(td => {
              const box = td.getBoundingClientRect();
              return {
                header: td.closest('table').tHead.rows[0].cells[td.cellIndex].textContent.trim(),
                before: getComputedStyle(td, '::before').content,
                text: td.textContent.trim(),
                visible: td.getClientRects().length > 0 && (box.width > 0 || td.textContent.trim() === '') && box.left >= 0 && box.right <= innerWidth + 1,
              };
            })
            """);
        // What Chromium gives screen readers: each cell's name, and the tables' column headers.
        var cdp = await context.NewCDPSessionAsync(page);
        var tree = (await cdp.SendAsync("Accessibility.getFullAXTree"))!.Value.GetProperty("nodes").EnumerateArray()
            .Where(n => n.TryGetProperty("role", out var role) && n.TryGetProperty("name", out _) && role.GetProperty("value").GetString() is "cell" or "columnheader")
            .Select(n => (Role: n.GetProperty("role").GetProperty("value").GetString()!, Name: n.GetProperty("name").GetProperty("value").GetString() ?? string.Empty))
            .ToList();
        var labels = cells.Select(c => c.Header + ":").Distinct().ToList();
        var scrolling = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('table.card-table')].filter(t => t.parentElement.scrollWidth > t.parentElement.clientWidth + 1).length");

        Assert.Multiple(() =>
        {
            Assert.That(cells, Has.Length.GreaterThanOrEqualTo(3));
            Assert.That(cells.Where(c => c.Text.Length > 0 && !c.Before.StartsWith($"\"{c.Header}:\"", StringComparison.Ordinal)), Is.Empty, "a cell without its column's label before it");
            Assert.That(cells.Where(c => c.Text.Length == 0 && c.Before != "none"), Is.Empty, "an empty cell (a member without a role) shows a label with nothing after it");
            Assert.That(cells.Where(c => !c.Visible), Is.Empty, "a cell outside the screen");
            Assert.That(scrolling, Is.Zero, "a card table scrolls sideways in its frame");
            Assert.That(tree.Where(n => n.Role == "cell").Select(n => n.Name), Has.Some.EqualTo(cells[0].Text), "the cells are still cells, named by their text");
            Assert.That(tree.Where(n => n.Role == "cell" && labels.Any(l => n.Name.StartsWith(l, StringComparison.Ordinal))), Is.Empty, "a screen reader hears the label as well as the column's header");
            Assert.That(tree.Where(n => n.Role == "columnheader").Select(n => n.Name), Is.SupersetOf(cells.Select(c => c.Header).Distinct()), "the column headers are there for screen readers");
        });
    }

    [Test]
    public async Task The_skip_link_moves_focus_to_the_main_content()
    {
        await using var context = await BrowserSite.Browser.NewContextAsync();
        var page = await OpenAsync(context, "kommuner/huddinge.html");
        await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.className"), Is.EqualTo("skip-link"));
        await page.Keyboard.PressAsync("Enter");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("main-content"));
    }

    [Test]
    public async Task Tab_reaches_a_map_marker_and_Enter_opens_its_relationship()
    {
        await using var context = await BrowserSite.Browser.NewContextAsync();
        var page = await OpenAsync(context, "lander/dk.html");
        string? label = null;
        for (var i = 0; i < 40 && label is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            label = await page.EvaluateAsync<string?>("() => document.activeElement.classList.contains('map__marker') ? document.activeElement.getAttribute('aria-label') : null");
        }

        Assert.That(label, Is.Not.Null, "no marker was reached with Tab");
        var href = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement.querySelector('.map__hit')).fill");
        await Task.WhenAll(page.WaitForURLAsync("**/samarbeten/**"), page.Keyboard.PressAsync("Enter"));
        Assert.Multiple(() =>
        {
            Assert.That(page.Url, Does.EndWith(href.Replace("../", string.Empty, StringComparison.Ordinal)));
            Assert.That(outline, Is.Not.EqualTo("rgba(0, 0, 0, 0)"), "the focused marker is visibly highlighted");
        });
    }

    [Test]
    public async Task The_language_switch_leads_to_the_same_page_in_the_other_language()
    {
        await using var context = await BrowserSite.Browser.NewContextAsync();
        var page = await OpenAsync(context, "samarbeten/goteborg/abo.html");
        await Task.WhenAll(page.WaitForURLAsync("**/en/**"), page.Locator(".language-switch a").ClickAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(page.Url, Does.EndWith("/internationellt/en/samarbeten/goteborg/abo.html"));
            Assert.That(await page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("en"));
        });
        await Task.WhenAll(page.WaitForURLAsync("**/samarbeten/goteborg/abo.html"), page.Locator(".language-switch a").ClickAsync());
        Assert.That(page.Url, Does.EndWith("/internationellt/samarbeten/goteborg/abo.html"));
    }

    [Test]
    public async Task Every_link_on_every_page_answers_200()
    {
        using var http = new HttpClient();
        var pages = Directory.EnumerateFiles(BrowserSite.SiteDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(BrowserSite.SiteDirectory, f).Replace('\\', '/'))
            .Where(p => p != "404.html" && p != "en/404.html")
            .ToList();
        var parser = new HtmlParser();
        var targets = new HashSet<Uri>();
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(BrowserSite.SiteDirectory, page)));
            var pageUrl = new Uri(BrowserSite.BaseUrl, page);
            foreach (var href in document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!))
            {
                var target = new Uri(pageUrl, href);
                if (target.Authority == BrowserSite.BaseUrl.Authority)
                {
                    targets.Add(new UriBuilder(target) { Fragment = string.Empty }.Uri);
                }
            }
        }

        var failures = new List<string>();
        foreach (var target in targets)
        {
            using var response = await http.GetAsync(target);
            if ((int)response.StatusCode != 200)
            {
                failures.Add($"{target}: {(int)response.StatusCode}");
            }
        }

        Assert.Multiple(() =>
        {
            // Every page is linked from some page, so the links followed cover the whole site.
            Assert.That(targets.Count(t => t.AbsolutePath.EndsWith(".html", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(pages.Count), "the whole site's links were followed");
            Assert.That(failures, Is.Empty);
        });
    }

    [Test]
    public async Task Without_JavaScript_content_navigation_and_map_links_work()
    {
        await using var context = await BrowserSite.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await OpenAsync(context, "index.html");
        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("main h1").TextContentAsync(), Is.Not.Empty);
            Assert.That(await page.Locator("nav.main-nav a").CountAsync(), Is.GreaterThanOrEqualTo(6));
            Assert.That(await page.Locator(".map__marker").CountAsync(), Is.GreaterThan(0));
        });
        await Task.WhenAll(page.WaitForURLAsync("**/lander/index.html"), page.Locator("nav.main-nav a", new() { HasTextRegex = LanderPattern() }).ClickAsync());
        await page.GotoAsync(new Uri(BrowserSite.BaseUrl, "lander/fi.html").ToString());
        var marker = page.Locator("a.map__marker:not(.map__marker--group)").First;
        var href = await marker.GetAttributeAsync("href");
        await Task.WhenAll(page.WaitForURLAsync("**/samarbeten/**"), marker.ClickAsync(new() { Force = true }));
        Assert.That(page.Url, Does.EndWith(href!.Replace("../", string.Empty, StringComparison.Ordinal)));
    }

    [TestCase("finns-inte.html")]
    [TestCase("samarbeten/finns-inte.html")]
    [TestCase("en/a/b/c/d/finns-inte")]
    public async Task An_unknown_path_at_any_depth_gets_the_404_page_with_its_styles(string path)
    {
        await using var context = await BrowserSite.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        var response = await page.GotoAsync(new Uri(BrowserSite.BaseUrl, path).ToString());
        var home = await page.Locator("main a").First.GetAttributeAsync("href");
        Assert.Multiple(async () =>
        {
            Assert.That(response!.Status, Is.EqualTo(404));
            Assert.That(await page.Locator("h1").TextContentAsync(), Is.EqualTo("Sidan finns inte"));
            Assert.That(await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"), Is.Not.EqualTo("rgba(0, 0, 0, 0)"), "the stylesheet loaded");
            Assert.That(failed, Is.Empty);
            Assert.That(home, Is.EqualTo("/internationellt/index.html"));
        });
    }

    [GeneratedRegex("^Länder$")]
    private static partial Regex LanderPattern();
}
