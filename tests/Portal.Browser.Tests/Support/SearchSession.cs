using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests.Support;

/// <summary>One result as the search page shows it: its link's text and absolute address, its kind line and the
/// words its excerpt marks.</summary>
public sealed record SearchResult
{
    // Settable, and an array: Playwright fills the properties of a new instance from the page's object.
    public string Title { get; init; } = string.Empty;

    public string Href { get; init; } = string.Empty;

    public string Meta { get; init; } = string.Empty;

    public string Excerpt { get; init; } = string.Empty;

    public string[] Marks { get; init; } = [];
}

/// <summary>
/// A page of a served site in its own browser context, with everything that could go wrong on it recorded: console
/// errors, uncaught exceptions, Content-Security-Policy violations (reported from the page by the
/// <c>securitypolicyviolation</c> event, across navigations), failed requests and every request made. Drives the
/// search page the way a resident would: typing, choosing filters, asking for more results.
/// </summary>
public sealed partial class SearchSession : IAsyncDisposable
{
    private const string CollectResults = """
        () => [...document.querySelectorAll('ol[data-search-results] > li.search-result')].map(li => ({
          Title: li.querySelector('h2 > a')?.textContent ?? '',
          Href: li.querySelector('h2 > a')?.href ?? '',
          Meta: li.querySelector('p.search-result__meta')?.textContent ?? '',
          Excerpt: li.querySelector('p.search-result__excerpt')?.textContent ?? '',
          Marks: [...li.querySelectorAll('p.search-result__excerpt mark')].map(m => m.textContent),
        }))
        """;

    private readonly IBrowserContext _context;

    // Playwright reports events on its own threads, and a page may still load while a test reads: each list is read as a copy.
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _cspViolations = [];
    private readonly List<string> _failedRequests = [];
    private readonly List<string> _requests = [];

    private SearchSession(IBrowserContext context, IPage page, Uri baseUrl)
    {
        _context = context;
        Page = page;
        BaseUrl = baseUrl;
    }

    public IPage Page { get; }

    /// <summary>The server's answer to the page first opened.</summary>
    public IResponse? Response { get; private set; }

    public Uri BaseUrl { get; }

    public IReadOnlyList<string> ConsoleErrors => Snapshot(_consoleErrors);

    public IReadOnlyList<string> CspViolations => Snapshot(_cspViolations);

    public IReadOnlyList<string> FailedRequests => Snapshot(_failedRequests);

    public IReadOnlyList<string> Requests => Snapshot(_requests);

    public ILocator Query => Page.Locator("#search-query");

    public ILocator Status => Page.Locator("p[role=status][data-search-status]");

    public ILocator Results => Page.Locator("ol[data-search-results] > li.search-result");

    public ILocator ResultLinks => Page.Locator("ol[data-search-results] > li.search-result > h2 > a");

    public ILocator More => Page.Locator("button[data-search-more]");

    public ILocator HeaderQuery => Page.Locator("#site-search-query");

    public static async Task<SearchSession> OpenAsync(Uri baseUrl, string path, BrowserNewContextOptions? options = null)
    {
        var context = await BrowserSite.Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        var session = new SearchSession(context, page, baseUrl);
        page.Console += (_, message) =>
        {
            // A warning from the search script means a search failed; count it with the errors.
            if (message.Type is "error" or "warning")
            {
                Record(session._consoleErrors, $"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Record(session._consoleErrors, $"uncaught: {error}");
        page.Request += (_, request) => Record(session._requests, request.Url);
        page.RequestFailed += (_, request) => Record(session._failedRequests, $"{request.Url}: {request.Failure}");

        // Nothing leaves the machine: a request off the site is recorded above, then stopped here.
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Authority == baseUrl.Authority)
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.AbortAsync();
            }
        });
        if (options?.JavaScriptEnabled != false)
        {
            // Bindings and init scripts come in through the DevTools protocol, so the page's own CSP does not stop them.
            await context.ExposeFunctionAsync("portalTestCspViolation", (string violation) => Record(session._cspViolations, violation));
            await context.AddInitScriptAsync(
                "document.addEventListener('securitypolicyviolation', e => window.portalTestCspViolation(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));");
        }

        session.Response = await session.GotoAsync(path);
        return session;
    }

    public async Task<IResponse?> GotoAsync(string path) => await Page.GotoAsync(new Uri(BaseUrl, path).AbsoluteUri);

    /// <summary>Types into the search field a key at a time, as a person does, so the 200 ms pause after typing runs the search.</summary>
    public async Task TypeAsync(string text)
    {
        await Query.ClickAsync();
        await Query.PressSequentiallyAsync(text, new() { Delay = 30 });
    }

    /// <summary>Waits until the live region announces the search for exactly this query (a shorter one typed on the way does
    /// not count), and returns the number it announces: 0 for "no results".</summary>
    public async Task<int> AnnouncedCountAsync(string query)
    {
        await Expect(Status).ToHaveTextAsync(new Regex($"[”“]{Regex.Escape(query)}”"));
        return CountIn(await Status.TextContentAsync() ?? string.Empty);
    }

    /// <summary>Waits until the live region announces a filtered list (no query) and returns its number.</summary>
    public async Task<int> AnnouncedFilteredCountAsync()
    {
        await Expect(Status).ToHaveTextAsync(FilteredPattern());
        return CountIn(await Status.TextContentAsync() ?? string.Empty);
    }

    public static int CountIn(string announcement) =>
        LeadingNumber().Match(announcement) is { Success: true } number
            ? int.Parse(number.Value.Replace("\u00a0", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : 0;

    /// <summary>The results shown now, without asking for more.</summary>
    public async Task<IReadOnlyList<SearchResult>> ShownResultsAsync() => await Page.EvaluateAsync<SearchResult[]>(CollectResults);

    /// <summary>Every result of the search: presses "show more" until the button goes away (each press must add results).</summary>
    public async Task<IReadOnlyList<SearchResult>> AllResultsAsync()
    {
        for (var presses = 0; presses < 100 && await More.IsVisibleAsync(); presses++)
        {
            var before = await Results.CountAsync();
            await More.ClickAsync();
            await Expect(Results).Not.ToHaveCountAsync(before);
        }

        return await ShownResultsAsync();
    }

    public Uri Address(string path) => new(BaseUrl, path);

    /// <summary>axe's WCAG 2 A and AA violations (to 2.2) on the page as it is now.</summary>
    public Task<IReadOnlyList<string>> AxeViolationsAsync() => Axe.ViolationsAsync(Page);

    /// <summary>Requests that did not go to the site's own server.</summary>
    public IReadOnlyList<string> OutsideRequests() =>
        [.. Requests.Where(r => !Uri.TryCreate(r, UriKind.Absolute, out var uri) || uri.Scheme != BaseUrl.Scheme || uri.Authority != BaseUrl.Authority)];

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static void Record(List<string> list, string entry)
    {
        lock (list)
        {
            list.Add(entry);
        }
    }

    private static string[] Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }

    [GeneratedRegex(@"^\d[\d\u00a0 ]*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\d[\d\u00a0 ]* (samarbeten? med de valda avgränsningarna|relationships? with the chosen filters)\.$")]
    private static partial Regex FilteredPattern();
}
