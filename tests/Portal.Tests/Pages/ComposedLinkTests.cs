using Portal.Pages;
using Portal.Pages.Views;
using Portal.Pipeline.Phases;
using Portal.Routing;
using Portal.Tests.Templates;

namespace Portal.Tests.Pages;

/// <summary>
/// The links a view gets in compose lead where they should once a browser resolves them: relative from an ordinary
/// page, wherever the site is served; by absolute path under the base URL's path from the 404 page, which a server
/// shows at any depth. Hrefs are resolved here by <see cref="Uri"/>, against addresses the test makes up.
/// </summary>
public sealed class ComposedLinkTests
{
    /// <summary>Another host and folder than the content's base URL: relative links must not depend on either.</summary>
    private static readonly Uri ServedAt = new("https://mirror.test/some/folder/");

    private IReadOnlyList<PageDocument> _pages = [];

    [OneTimeSetUp]
    public void Compose()
    {
        using var content = new TempContent();
        var directory = content.Write();
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(directory, Path.Combine(directory, "..", "output"), null, null, directory, DrawMaps: false, Today: TestDate.Today);
        var input = ReadPhase.Run(options, diagnostics);
        Assert.That(input, Is.Not.Null, string.Join("\n", diagnostics.Sorted()));
        var site = BindPhase.Run(input!, options.BuildDate, diagnostics);
        _pages = ComposePhase.Run(site, ShippedTheme.Theme, maps: null);
    }

    private PageDocument Page(string path) => _pages.Single(p => p.Route.Path == path);

    /// <summary>Where an href on the page at <paramref name="pagePath"/> leads, as a path under <see cref="ServedAt"/>.</summary>
    private static string Resolve(string pagePath, string href)
    {
        var target = new Uri(new Uri(ServedAt, pagePath), href);
        Assert.That(ServedAt.IsBaseOf(target), Is.True, $"{href} from {pagePath} leaves the site: {target}");
        return ServedAt.MakeRelativeUri(target).OriginalString;
    }

    [TestCase("samarbeten/huddinge/vanda.html", "")]
    [TestCase("en/samarbeten/huddinge/vanda.html", "en/")]
    public void A_relationship_pages_links_lead_to_its_municipality_country_network_and_decisions(string path, string prefix)
    {
        var view = (RelationshipView)Page(path).View;
        Assert.Multiple(() =>
        {
            Assert.That(Resolve(path, view.Row.Href), Is.EqualTo(path), "itself");
            Assert.That(Resolve(path, view.Row.Municipality.Href), Is.EqualTo(prefix + "kommuner/huddinge.html"));
            Assert.That(Resolve(path, view.Row.Country.Href), Is.EqualTo(prefix + "lander/fi.html"));
            Assert.That(Resolve(path, view.Network!.Href), Is.EqualTo(prefix + "natverk/nordiska-vanortskedjan.html"));
            Assert.That(view.Decisions.Select(d => Resolve(path, d.Link.Href)), Is.EqualTo(new[] { prefix + "beslut/huddinge-avslutar.html" }));
            Assert.That(view.Row.Href, Does.Not.StartWith("/").And.Not.Contain("example.org"), "relative, so the site works wherever it is served");
        });
    }

    [TestCase("natverk/nordiska-vanortskedjan.html", "")]
    [TestCase("en/natverk/nordiska-vanortskedjan.html", "en/")]
    public void A_network_pages_links_lead_to_its_seat_and_members(string path, string prefix)
    {
        var view = (NetworkView)Page(path).View;
        Assert.Multiple(() =>
        {
            Assert.That(Resolve(path, view.Country!.Href), Is.EqualTo(prefix + "lander/dk.html"));
            Assert.That(view.Members.Select(m => Resolve(path, m.Municipality.Href)), Is.EqualTo(new[] { prefix + "kommuner/vanersborg.html" }));
        });
    }

    [TestCase("404.html", "/portal/index.html")]
    [TestCase("en/404.html", "/portal/en/index.html")]
    public void The_404_page_links_home_by_absolute_path_under_the_base_urls_path_from_any_depth(string path, string home)
    {
        var page = Page(path);
        var view = (NotFoundView)page.View;
        Assert.That(page.IsNotFound, Is.True);

        // The server shows the 404 page for any missing address, at any depth, of the site's host.
        var site = new Uri(TempContent.BaseUrl);
        foreach (var missing in new[] { "x.html", "samarbeten/huddinge/saknas.html", "a/b/c/d/" })
        {
            var target = new Uri(new Uri(site, missing), view.HomeHref);
            Assert.That(target.AbsoluteUri, Is.EqualTo(new Uri(site, home).AbsoluteUri), $"from {missing}");
        }

        Assert.That(view.HomeHref, Is.EqualTo(home));
    }
}
