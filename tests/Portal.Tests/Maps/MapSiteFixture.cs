using AngleSharp.Html.Dom;

namespace Portal.Tests.Maps;

/// <summary>
/// Tests run on every map of two sites: the demo, and a generated site with tight clusters of towns and partners far
/// away. Each site is built once, for every fixture that runs on it.
/// </summary>
[TestFixture("demo")]
[TestFixture("medium")]
public abstract class MapSiteFixture(string site)
{
    protected BuildRun Run => MapPages.Site(site);

    /// <summary>A page of the site, parsed; the demo's pages come from the one demo build every test shares.</summary>
    protected IHtmlDocument Page(string path) => site == "demo" ? DemoSite.Page(path) : Run.Html(path);
}
