using Portal.CrossReferences;

namespace Portal.Feeds;

/// <summary>One language's feeds: the whole portal's at the language's root, and each municipality's beside its page.</summary>
public static class SiteFeeds
{
    /// <summary>How many entries a feed shows, the newest: readers poll a feed often, so it stays short.</summary>
    public const int EntryCount = 50;

    /// <param name="ui">The theme's strings of the index's language.</param>
    public static IEnumerable<AtomFeed> For(PortalIndex index, SiteSettings site, SiteRoutes routes, Func<string, string> ui)
    {
        var language = index.Content.Language;
        var entries = FeedEntries.Of(index, routes, site.BaseUrl, ui);

        // A feed with no entries is dated by the content's latest year, so that it too does not depend on the clock.
        var noEntries = new DateOnly(index.LatestYear, 1, 1);
        AtomFeed Feed(Route route, string title, Route page, IEnumerable<FeedEntry> of)
        {
            var newest = FeedEntries.Newest(of, EntryCount);
            return new AtomFeed(
                route,
                language,
                title,
                route.AbsoluteUnder(site.BaseUrl),
                page.AbsoluteUnder(site.BaseUrl),
                site.Publisher,
                newest.Count > 0 ? newest[0].Date : noEntries,
                newest);
        }

        yield return Feed(routes.Feed(language), FeedTitles.Portal(ui, language, site.Title.In(language)), routes.Home(language), entries);
        var byMunicipality = entries.ToLookup(e => e.Municipality, StringComparer.Ordinal);
        foreach (var municipality in index.Content.Municipalities)
        {
            yield return Feed(
                routes.MunicipalityFeed(language, municipality.Slug),
                FeedTitles.Municipality(ui, language, municipality.Name),
                routes.Municipality(language, municipality.Slug),
                byMunicipality[municipality.Slug]);
        }
    }
}
