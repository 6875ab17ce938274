using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.WebUtilities;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// The site search on the demo site, in a real browser against the real server and its strict policy: what a resident
/// finds by typing, by a partner's other name, by an inflected or unaccented word; the filters and the address that
/// keeps them; the keyboard; the header's field; the page without scripts; and that searching stays accessible,
/// within the policy and on the site's own server.
/// </summary>
[TestFixture]
public sealed partial class SearchChecks
{
    /// <summary>What each language's search page says, as theme/i18n has it.</summary>
    private sealed record Language(string Relationship, string Ended, string NoResults, string Announcement);

    private static readonly Language Swedish = new("Samarbete", "Avslutad", "Inga träffar för ”{0}”.", "{1} träffar för ”{0}”.");
    private static readonly Language English = new("Relationship", "Ended", "No results for “{0}”.", "{1} results for “{0}”.");

    /// <summary>A form that may not submit (form-action) never navigates: fail in 10 s, not Playwright's 30.</summary>
    private static readonly PageWaitForURLOptions Navigation = new() { Timeout = 10_000 };

    private static Language LanguageOf(string prefix) => prefix == "en/" ? English : Swedish;

    private static Task<SearchSession> OpenAsync(string path, BrowserNewContextOptions? options = null) =>
        SearchSession.OpenAsync(BrowserSite.BaseUrl, path, options);

    [TestCase("", "vänorterna", "^vänort", new[] { "Åbo", "Århus", "Bergen", "Vanda" })]
    [TestCase("en/", "twin towns", "^(twin|town)", new[] { "Åbo", "Århus", "Bergen", "Vantaa" })]
    public async Task Typing_a_word_lists_the_twin_towns_with_the_word_marked_and_announces_exactly_how_many_results_there_are(string prefix, string query, string markPattern, string[] partners)
    {
        var language = LanguageOf(prefix);
        await using var search = await OpenAsync(prefix + "sok.html");
        await Expect(search.Query).ToBeVisibleAsync();
        var before = await search.Status.TextContentAsync();

        await search.TypeAsync(query);
        var announced = await search.AnnouncedCountAsync(query);
        var status = await search.Status.TextContentAsync();
        var firstPage = await search.ShownResultsAsync();
        var all = await search.AllResultsAsync();
        var twinTowns = all.Where(r => partners.Contains(r.Title)).ToList();

        // A relationship's text may be in Swedish on the English site and match by its type alone; such an excerpt has
        // nothing to mark. One that has the very word typed must mark it.
        var unmarked = (
            from r in all
            from word in query.Split(' ')
            where Regex.IsMatch(r.Excerpt, $@"(?i)(?<!\p{{L}}){word}(?!\p{{L}})") && !r.Marks.Any(m => m.Equals(word, StringComparison.OrdinalIgnoreCase))
            select $"{r.Title}: {word}").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Empty, "the live region is there, and silent, before the first search");
            Assert.That(announced, Is.GreaterThan(0));
            Assert.That(status, Is.EqualTo(string.Format(CultureInfo.InvariantCulture, language.Announcement, query, announced)));
            Assert.That(firstPage, Has.Count.EqualTo(Math.Min(10, announced)), "the first ten are shown at once");
            Assert.That(all, Has.Count.EqualTo(announced), "the results that can be paged through are exactly the number announced");
            Assert.That(all.Select(r => r.Href), Is.Unique, "no result is shown twice");
            Assert.That(twinTowns.Select(r => r.Title), Is.EquivalentTo(partners), "the twin towns are among the results");
            Assert.That(twinTowns.Select(r => r.Href), Has.All.Contains("/samarbeten/"), "the twin towns' results lead to their relationship pages");
            Assert.That(twinTowns.Select(r => r.Meta), Has.All.StartWith(language.Relationship + " · "), "a relationship's result says it is one, then its facts");
            Assert.That(twinTowns.Select(r => r.Marks.Length), Has.Some.GreaterThan(0), "the twin towns' excerpts mark the words found");
            Assert.That(all.SelectMany(r => r.Marks).Select(m => m.ToLowerInvariant()), Has.All.Match(markPattern), "only words that match are marked");
            Assert.That(unmarked, Is.Empty, "an excerpt that has a word of the query as typed marks it");
            Assert.That(QueryOf(search.Page.Url), Is.EqualTo(new Dictionary<string, string> { ["q"] = query }), "the address keeps the query");
        });
    }

    [TestCase("", "goteborg/abo")]
    [TestCase("", "huddinge/vanda")]
    [TestCase("en/", "goteborg/abo")]
    public async Task A_partner_is_found_by_its_Swedish_name_and_by_its_local_name(string prefix, string relationship)
    {
        var front = FrontMatter(Path.Combine(BrowserSite.RepositoryRoot(), "input", "partners", relationship + ".md"));
        var names = new[] { front["name"], front["localName"] };
        var expected = RelationshipAddress(prefix, relationship);
        await using var search = await OpenAsync(prefix + "sok.html");

        foreach (var name in names)
        {
            await search.Query.FillAsync(string.Empty);
            await search.TypeAsync(name);
            await search.AnnouncedCountAsync(name);
            var shown = await search.ShownResultsAsync();
            Assert.That(shown.Select(r => r.Href), Has.Member(expected), $"“{name}” finds {relationship} among the first results");
        }

        // The result's link leads to the relationship's page, under the site's sub-path.
        var link = search.Page.Locator($"ol[data-search-results] > li.search-result > h2 > a[href='{expected}']");
        await Task.WhenAll(search.Page.WaitForURLAsync(expected), link.ClickAsync());
        await Expect(search.Page.Locator("main h1")).ToHaveTextAsync(await TitleInAsync(prefix, relationship));
    }

    [TestCase("partnerskapet", "natverk/string.html", "partnerskap")]
    [TestCase("vänorterna", "samarbeten/vanersborg/lich.html", "vänort")]
    public async Task A_Swedish_inflection_finds_a_page_that_only_has_another_form_of_the_word(string query, string path, string form)
    {
        // The page really has only the other form: otherwise this would test nothing.
        var text = MainTextOf(path);
        Assert.That(text, Does.Match($@"(?i)\b{form}\b").And.Not.Match($"(?i){query}"), $"{path} says “{form}” but never “{query}”");

        await using var search = await OpenAsync("sok.html");
        await search.TypeAsync(query);
        await search.AnnouncedCountAsync(query);
        var found = (await search.AllResultsAsync()).SingleOrDefault(r => r.Href == search.Address(path).AbsoluteUri);

        Assert.That(found, Is.Not.Null, $"“{query}” finds {path}");
        Assert.That(found!.Marks.Select(m => m.ToLowerInvariant()), Has.Member(form), $"the excerpt marks “{form}”");
    }

    [TestCase("")]
    [TestCase("en/")]
    public async Task A_word_typed_without_its_ring_finds_what_the_word_with_it_finds(string prefix)
    {
        var abo = RelationshipAddress(prefix, "goteborg/abo");
        await using var search = await OpenAsync(prefix + "sok.html");

        await search.TypeAsync("abo");
        var withoutRing = await search.AnnouncedCountAsync("abo");
        var folded = await search.ShownResultsAsync();
        var foldedAddress = QueryOf(search.Page.Url);

        await search.Query.FillAsync(string.Empty);
        await search.TypeAsync("Åbo");
        var withRing = await search.AnnouncedCountAsync("Åbo");
        var exact = await search.ShownResultsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(withoutRing, Is.GreaterThan(0), "“abo” finds something");
            Assert.That(folded.Select(r => r.Href), Has.Member(abo), "“abo” finds Åbo");
            Assert.That(folded.Single(r => r.Href == abo).Marks, Has.Member("Åbo"), "and marks Åbo in its excerpt");
            Assert.That(exact.Select(r => r.Href), Has.Member(abo), "“Åbo” finds Åbo");
            Assert.That(withRing, Is.GreaterThan(0));
            Assert.That(foldedAddress["q"], Is.EqualTo("abo"), "“abo” is its own query");
            Assert.That(QueryOf(search.Page.Url)["q"], Is.EqualTo("Åbo"), "“Åbo” is its own query");
        });
    }

    [TestCase("")]
    [TestCase("en/")]
    public async Task A_word_found_nowhere_clears_the_results_and_says_so(string prefix)
    {
        var language = LanguageOf(prefix);
        await using var search = await OpenAsync(prefix + "sok.html");
        await search.TypeAsync("Åbo");
        await search.AnnouncedCountAsync("Åbo");

        await search.Query.SelectTextAsync();
        await search.Query.PressSequentiallyAsync("xqzzvplk", new() { Delay = 30 });
        var count = await search.AnnouncedCountAsync("xqzzvplk");

        Assert.Multiple(async () =>
        {
            Assert.That(count, Is.Zero);
            Assert.That(await search.Status.TextContentAsync(), Does.StartWith(string.Format(CultureInfo.InvariantCulture, language.NoResults, "xqzzvplk")));
            Assert.That(await search.Results.CountAsync(), Is.Zero, "the earlier results are gone");
            Assert.That(await search.More.IsVisibleAsync(), Is.False, "there is nothing more to show");
        });
    }

    [TestCase("<Åbo>")]
    [TestCase("Åbo $&")]
    public async Task The_announcement_repeats_the_query_exactly_as_typed(string query)
    {
        // The query is text, not markup, and not a replacement pattern either.
        await using var search = await OpenAsync("sok.html");
        await search.TypeAsync(query);
        var count = await search.AnnouncedCountAsync(query);
        Assert.That(await search.Status.TextContentAsync(), Is.EqualTo($"{count} träffar för ”{query}”."));
    }

    [TestCase("")]
    [TestCase("en/")]
    public async Task Choosing_a_status_with_no_query_lists_exactly_the_relationships_with_it_and_puts_it_in_the_address(string prefix)
    {
        var language = LanguageOf(prefix);
        var ended = Relationships().Where(r => r.Status == "ended").Select(r => RelationshipAddress(prefix, r.Key)).ToList();
        await using var search = await OpenAsync(prefix + "sok.html");

        await search.Page.Locator("#search-status").SelectOptionAsync("ended");
        var announced = await search.AnnouncedFilteredCountAsync();
        var all = await search.AllResultsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(announced, Is.EqualTo(ended.Count));
            Assert.That(all.Select(r => r.Href), Is.EquivalentTo(ended), "exactly the ended relationships");
            Assert.That(all.Select(r => r.Meta), Has.All.StartWith(language.Relationship + " · "));
            Assert.That(all.Select(r => StatusIn(r.Meta)), Has.All.EqualTo(language.Ended), "each says it has ended");
            Assert.That(new Uri(search.Page.Url).Query, Is.EqualTo("?status=ended"));
            Assert.That(new Uri(search.Page.Url).AbsolutePath, Is.EqualTo(search.Address(prefix + "sok.html").AbsolutePath));
        });
    }

    [TestCase("")]
    [TestCase("en/")]
    public async Task An_address_with_filters_restores_them_and_shows_only_the_relationships_they_let_through(string prefix)
    {
        var expected = Relationships().Where(r => r.Status == "ended" && r.Country == "FI").Select(r => RelationshipAddress(prefix, r.Key)).ToList();
        var active = Relationships().Where(r => r.Status == "active").Select(r => RelationshipAddress(prefix, r.Key)).ToList();
        await using var search = await OpenAsync(prefix + "sok.html?status=ended&country=FI");

        var announced = await search.AnnouncedFilteredCountAsync();
        var all = await search.AllResultsAsync();

        // Vanda's facts as the filters name them: municipality · country · type · status, then its years.
        var vanda = all.SingleOrDefault(r => r.Href == RelationshipAddress(prefix, "huddinge/vanda"));
        var facts = new List<string> { LanguageOf(prefix).Relationship };
        foreach (var (filter, value) in new[] { ("municipality", "huddinge"), ("country", "FI"), ("type", "twin-town"), ("status", "ended") })
        {
            facts.Add((await search.Page.Locator($"#search-{filter} option[value='{value}']").TextContentAsync())!.Trim());
        }

        Assert.Multiple(async () =>
        {
            Assert.That(vanda?.Meta, Does.StartWith(string.Join(" · ", facts) + " · ").And.EndWith("2024"), "a relationship's facts");
            Assert.That(await search.Page.Locator("#search-status").InputValueAsync(), Is.EqualTo("ended"));
            Assert.That(await search.Page.Locator("#search-country").InputValueAsync(), Is.EqualTo("FI"));
            Assert.That(await search.Page.Locator("#search-type").InputValueAsync(), Is.Empty);
            Assert.That(await search.Query.InputValueAsync(), Is.Empty);
            Assert.That(expected, Has.Member(RelationshipAddress(prefix, "huddinge/vanda")), "the demo has Vanda, ended, in Finland");
            Assert.That(all.Select(r => r.Href), Is.EquivalentTo(expected), "exactly the ended relationships in Finland");
            Assert.That(all.Select(r => r.Href), Has.None.AnyOf(active.ToArray()), "no active relationship");
            Assert.That(announced, Is.EqualTo(expected.Count));
        });
    }

    [TestCase("", "vänorterna")]
    [TestCase("en/", "twin towns")]
    public async Task A_query_and_a_filter_together_show_only_the_results_of_the_query_that_the_filter_lets_through(string prefix, string query)
    {
        var language = LanguageOf(prefix);
        var ended = Relationships().Where(r => r.Status == "ended").Select(r => RelationshipAddress(prefix, r.Key)).ToHashSet();
        await using var search = await OpenAsync(prefix + "sok.html");
        await search.TypeAsync(query);
        await search.AnnouncedCountAsync(query);
        var unfiltered = await search.AllResultsAsync();
        var announcement = await search.Status.TextContentAsync();

        await search.Page.Locator("#search-status").SelectOptionAsync("ended");
        await Expect(search.Status).Not.ToHaveTextAsync(announcement!);
        var announced = await search.AnnouncedCountAsync(query);
        var filtered = await search.AllResultsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(filtered, Is.Not.Empty);
            Assert.That(filtered, Has.Count.LessThan(unfiltered.Count), "the filter narrows the results");
            Assert.That(filtered, Has.Count.EqualTo(announced));
            Assert.That(filtered.Select(r => r.Href), Is.EquivalentTo(unfiltered.Select(r => r.Href).Where(ended.Contains)), "exactly the query's results that are ended relationships");
            Assert.That(filtered.Select(r => StatusIn(r.Meta)), Has.All.EqualTo(language.Ended));
            Assert.That(QueryOf(search.Page.Url), Is.EqualTo(new Dictionary<string, string> { ["q"] = query, ["status"] = "ended" }));
        });
    }

    [Test]
    public async Task Tab_goes_from_the_query_field_through_the_filters_and_the_button_to_the_results()
    {
        await using var search = await OpenAsync("sok.html");
        await search.TypeAsync("vänorterna");
        await search.AnnouncedCountAsync("vänorterna");
        var links = (await search.ShownResultsAsync()).Select(r => r.Href).ToList();

        var reached = new List<string>();
        await search.Query.FocusAsync();
        for (var i = 0; i < 7; i++)
        {
            await search.Page.Keyboard.PressAsync("Tab");
            reached.Add(await FocusedAsync(search.Page));
        }

        Assert.That(reached, Is.EqualTo(new[]
        {
            "select#search-status", "select#search-type", "select#search-country", "select#search-municipality", "button[type=submit]",
            "a " + links[0], "a " + links[1],
        }));
    }

    [TestCase("")]
    [TestCase("en/")]
    public async Task Enter_in_the_query_field_searches_on_the_page_itself(string prefix)
    {
        await using var search = await OpenAsync(prefix + "sok.html");
        await search.Page.EvaluateAsync("() => { window.portalTestSamePage = true; }");

        // The value is set without an input event, so only Enter can start this search.
        await search.Query.EvaluateAsync("field => { field.value = 'Turku'; }");
        await search.Query.FocusAsync();
        await search.Page.Keyboard.PressAsync("Enter");
        var count = await search.AnnouncedCountAsync("Turku");

        Assert.Multiple(async () =>
        {
            Assert.That(count, Is.GreaterThan(0));
            Assert.That((await search.ShownResultsAsync()).Select(r => r.Href), Has.Member(RelationshipAddress(prefix, "goteborg/abo")));
            Assert.That(await search.Page.EvaluateAsync<bool>("() => window.portalTestSamePage === true"), Is.True, "the page was not reloaded");
            Assert.That(await FocusedAsync(search.Page), Is.EqualTo("input#search-query"), "focus stays in the field");
            Assert.That(new Uri(search.Page.Url).Query, Is.EqualTo("?q=Turku"), "the address has the query and no empty filter");
        });
    }

    [TestCase("", "kommun")]
    [TestCase("en/", "twin towns")]
    public async Task Show_more_is_reached_by_Tab_and_moves_focus_to_the_first_new_result(string prefix, string query)
    {
        await using var search = await OpenAsync(prefix + "sok.html");
        await search.TypeAsync(query);
        var announced = await search.AnnouncedCountAsync(query);
        Assert.That(announced, Is.GreaterThan(10), "the query needs more than one page of results");

        await search.ResultLinks.Nth(9).FocusAsync();
        await search.Page.Keyboard.PressAsync("Tab");
        var onMore = await FocusedAsync(search.Page);
        await search.Page.Keyboard.PressAsync("Enter");
        await Expect(search.Results).ToHaveCountAsync(Math.Min(20, announced));
        var eleventh = (await search.ShownResultsAsync())[10];

        Assert.Multiple(async () =>
        {
            Assert.That(onMore, Is.EqualTo("button[data-search-more]"), "Tab from the tenth result reaches the button");
            Assert.That(await FocusedAsync(search.Page), Is.EqualTo("a " + eleventh.Href), "focus is on the eleventh result's link");
        });
    }

    [TestCase("", "Vanda", "huddinge/vanda")]
    [TestCase("en/", "Turku", "goteborg/abo")]
    public async Task The_header_field_takes_the_query_to_the_search_page_which_shows_its_results(string prefix, string query, string relationship)
    {
        await using var search = await OpenAsync(prefix + "index.html");
        await search.HeaderQuery.ClickAsync();
        await search.HeaderQuery.PressSequentiallyAsync(query, new() { Delay = 30 });
        await Task.WhenAll(search.Page.WaitForURLAsync(search.Address(prefix + "sok.html").AbsoluteUri + "?q=" + query, Navigation), search.Page.Keyboard.PressAsync("Enter"));
        var count = await search.AnnouncedCountAsync(query);

        Assert.Multiple(async () =>
        {
            Assert.That(count, Is.GreaterThan(0));
            Assert.That(await search.Query.InputValueAsync(), Is.EqualTo(query), "the search page's field has the query");
            Assert.That((await search.ShownResultsAsync()).Select(r => r.Href), Has.Member(RelationshipAddress(prefix, relationship)));
            Assert.That(await search.HeaderQuery.CountAsync(), Is.Zero, "the search page has no header field of its own");
            Assert.That(await search.Page.Locator("search.site-search").CountAsync(), Is.Zero);
            Assert.That(search.ConsoleErrors, Is.Empty);
            Assert.That(search.CspViolations, Is.Empty, "the form's submission is allowed by form-action");
        });
    }

    [TestCase("")]
    [TestCase("en/")]
    public async Task Without_JavaScript_the_search_page_explains_and_links_to_the_lists_and_the_header_field_still_leads_there(string prefix)
    {
        await using var search = await OpenAsync(prefix + "sok.html", new BrowserNewContextOptions { JavaScriptEnabled = false });
        var fallback = search.Page.Locator("[data-search-fallback]");
        await Expect(fallback).ToBeVisibleAsync();
        var links = await fallback.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        var lists = new[] { "samarbeten/index.html", "lander/index.html", "kommuner/index.html", "natverk/index.html", "beslut/index.html" }
            .Select(p => search.Address(prefix + p).AbsoluteUri);
        var statuses = new List<int>();
        foreach (var link in links)
        {
            statuses.Add((await search.Page.APIRequest.GetAsync(link)).Status);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await fallback.Locator("p").TextContentAsync(), Is.Not.Empty, "it explains why there is no search");
            Assert.That(links, Is.EquivalentTo(lists), "it links to the lists of relationships, countries, municipalities, networks and decisions");
            Assert.That(statuses, Has.All.EqualTo(200));
            Assert.That(await search.Page.Locator("form[data-search-form]").IsVisibleAsync(), Is.False, "the form that cannot work is hidden");
            Assert.That(await search.Query.IsVisibleAsync(), Is.False);
            Assert.That(await search.Page.Locator("main select:visible, main button:visible").CountAsync(), Is.Zero, "no filter or button that does nothing");
        });

        await search.GotoAsync(prefix + "index.html");
        await search.HeaderQuery.FillAsync("Åbo");
        await Task.WhenAll(search.Page.WaitForURLAsync(search.Address(prefix + "sok.html").AbsoluteUri + "?q=%C3%85bo", Navigation), search.HeaderQuery.PressAsync("Enter"));
        await Expect(search.Page.Locator("[data-search-fallback]")).ToBeVisibleAsync();
    }

    [TestCase("")]
    [TestCase("en/")]
    public async Task The_search_page_with_results_is_accessible_at_1280_and_375_px_and_logs_no_error(string prefix)
    {
        var query = prefix == "en/" ? "twin towns" : "vänorterna";
        await using var search = await OpenAsync(prefix + "sok.html", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await search.TypeAsync(query);
        await search.AnnouncedCountAsync(query);
        await Expect(search.More).ToBeVisibleAsync();

        // The layout is CSS alone, so the page with its results, resized, is laid out as one opened at that width.
        var violations = new List<string>();
        foreach (var width in new[] { 1280, 375 })
        {
            await search.Page.SetViewportSizeAsync(width, 900);
            violations.AddRange((await search.AxeViolationsAsync()).Select(v => $"at {width} px: {v}"));
            await search.Page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserSite.ScreenshotDirectory, "search", $"{prefix.Replace('/', '_')}sok-{width}.png"),
                FullPage = true,
            });
        }

        await search.Page.SetViewportSizeAsync(320, 900);
        var sideways = await search.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

        Assert.Multiple(() =>
        {
            Assert.That(violations, Is.Empty, "axe violations");
            Assert.That(search.ConsoleErrors, Is.Empty, "console errors");
            Assert.That(search.FailedRequests, Is.Empty, "failed requests");
            Assert.That(sideways, Is.False, "the page scrolls sideways at 320 px");
        });
    }

    [TestCase("")]
    [TestCase("en/")]
    public async Task Searching_breaks_no_rule_of_the_Content_Security_Policy(string prefix)
    {
        await using var search = await OpenAsync(prefix + "sok.html");
        Assert.That(await search.Response!.HeaderValueAsync("content-security-policy"), Is.EqualTo(StaticServer.ContentSecurityPolicy), "the page is served under the strict policy");

        await SearchAroundAsync(search);

        Assert.Multiple(() =>
        {
            Assert.That(search.CspViolations, Is.Empty, "securitypolicyviolation events");
            Assert.That(search.ConsoleErrors, Is.Empty, "console errors (the browser logs a refused script, style, fetch or form there)");
        });
    }

    [Test]
    public async Task The_policy_check_itself_sees_a_violation()
    {
        // Without this, an empty list of violations could mean that nothing was listening.
        await using var search = await OpenAsync("sok.html");
        await search.Page.EvaluateAsync("() => document.body.setAttribute('style', 'color: red')");
        for (var i = 0; i < 50 && search.CspViolations.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.That(search.CspViolations, Has.Some.Contains("style-src"));
    }

    [TestCase("")]
    [TestCase("en/")]
    public async Task Every_request_of_the_search_page_goes_to_the_site_itself(string prefix)
    {
        // The policy would block a request off the site before it is made, and unseen; a server may not send the policy
        // at all. So the page itself must ask for nothing else: looked at with the policy bypassed.
        await using var search = await OpenAsync(prefix + "sok.html", new BrowserNewContextOptions { BypassCSP = true });
        await SearchAroundAsync(search);
        var indexFolder = search.Address($"search/{(prefix == "en/" ? "en" : "sv")}/").AbsoluteUri;

        Assert.Multiple(() =>
        {
            Assert.That(search.Requests.Where(r => r.StartsWith(indexFolder, StringComparison.Ordinal)).ToList(), Has.Count.GreaterThan(1), "the search fetched its index, and that was seen");
            Assert.That(search.OutsideRequests(), Is.Empty, "requests that left the site");
            Assert.That(search.FailedRequests, Is.Empty, "failed requests");
        });
    }

    /// <summary>What a resident might do on the search page: type, page on, filter, find nothing, clear, follow a result.</summary>
    private static async Task SearchAroundAsync(SearchSession search)
    {
        var english = new Uri(search.Page.Url).AbsolutePath.Contains("/en/", StringComparison.Ordinal);
        var query = english ? "twin towns" : "vänorterna";
        await search.TypeAsync(query);
        await search.AnnouncedCountAsync(query);
        await search.AllResultsAsync();
        var unfiltered = await search.Status.TextContentAsync();
        await search.Page.Locator("#search-country").SelectOptionAsync("FI");
        await Expect(search.Status).Not.ToHaveTextAsync(unfiltered!);
        await search.Query.SelectTextAsync();
        await search.Query.PressSequentiallyAsync("xqzzvplk", new() { Delay = 30 });
        await search.AnnouncedCountAsync("xqzzvplk");
        await search.Query.FillAsync(string.Empty);
        await search.Page.Locator("#search-country").SelectOptionAsync(string.Empty);
        await Expect(search.Status).ToBeEmptyAsync();
        await search.TypeAsync("Turku");
        await search.AnnouncedCountAsync("Turku");
        await Task.WhenAll(search.Page.WaitForURLAsync("**/samarbeten/goteborg/abo.html"), search.ResultLinks.First.ClickAsync());
    }

    /// <summary>What has focus: a form control by its tag and id or type, a link by its absolute address.</summary>
    private static Task<string> FocusedAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const e = document.activeElement;
          if (e.tagName === 'A') return 'a ' + e.href;
          if (e.tagName === 'BUTTON') return e.hasAttribute('data-search-more') ? 'button[data-search-more]' : `button[type=${e.type}]`;
          return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
        }
        """);

    /// <summary>The status in a relationship's facts: kind · municipality · country · type · status, then the years when known.</summary>
    private static string? StatusIn(string meta) => meta.Split(" · ") is { Length: >= 5 } facts ? facts[4] : null;

    private static Dictionary<string, string> QueryOf(string url) =>
        QueryHelpers.ParseQuery(new Uri(url).Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    /// <summary>The absolute address of a relationship's page (<c>huddinge/vanda</c>) in a language.</summary>
    private static string RelationshipAddress(string prefix, string relationship) =>
        new Uri(BrowserSite.BaseUrl, $"{prefix}samarbeten/{relationship}.html").AbsoluteUri;

    private static async Task<string> TitleInAsync(string prefix, string relationship)
    {
        var document = await new HtmlParser().ParseDocumentAsync(await File.ReadAllTextAsync(Path.Combine(BrowserSite.SiteDirectory, $"{prefix}samarbeten/{relationship}.html")));
        return document.QuerySelector("main h1")!.TextContent.Trim();
    }

    private static string MainTextOf(string path)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(BrowserSite.SiteDirectory, path)));
        return document.QuerySelector("main")!.TextContent;
    }

    private sealed record Relationship(string Key, string Status, string Country);

    /// <summary>The demo's relationships as its content files have them, to know what a filter must let through.</summary>
    private static List<Relationship> Relationships()
    {
        var partners = Path.Combine(BrowserSite.RepositoryRoot(), "input", "partners");
        return
        [
            .. from file in Directory.EnumerateFiles(partners, "*.md", SearchOption.AllDirectories)
               let name = Path.GetFileNameWithoutExtension(file)
               where !name.Contains('.', StringComparison.Ordinal)
               let front = FrontMatter(file)
               select new Relationship($"{Path.GetFileName(Path.GetDirectoryName(file))}/{name}", front["status"], front["country"]),
        ];
    }

    /// <summary>The top-level scalar keys of a content file's front matter; enough for name, localName, status and country.</summary>
    private static Dictionary<string, string> FrontMatter(string file)
    {
        var lines = File.ReadAllLines(file);
        return lines.Skip(1).TakeWhile(l => l != "---")
            .Select(l => FrontMatterLine().Match(l))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim().Trim('"'));
    }

    [GeneratedRegex(@"^([A-Za-z]+):\s*(.*)$")]
    private static partial Regex FrontMatterLine();
}
