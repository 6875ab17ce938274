using Portal.Content;
using Portal.Countries;
using Portal.Maps;
using Portal.Pages.Sources;
using Portal.Templates;

namespace Portal.Pipeline.Phases;

/// <summary>Phase 3, compose: every page of every language, from the site's own pages and each content kind's.</summary>
public static class ComposePhase
{
    /// <summary>The page sources in the order their pages are listed (the sitemap's order).</summary>
    private static readonly IReadOnlyList<IPageSource> Sources =
    [
        new HomePage(), new SectionIndexPages(), .. ContentKinds.All.Select(k => k.Pages), new SearchPage(), new NotFoundPage(),
    ];

    /// <param name="composed">Called as each page is composed, from any thread, for progress.</param>
    /// <param name="includes">Which pages to compose, by route; null for every page.</param>
    /// <remarks>
    /// Each source of each language composes on a thread of its own (sources read the bound site and share only
    /// thread-safe caches, such as the maps'); the pages keep the order of languages and sources, so a build's pages
    /// come in the same order every time. (Not PLINQ: its ordered SelectMany is code that Native AOT warns will throw.)
    /// </remarks>
    public static PageDocument[] Run(BoundSite site, Theme theme, MapRenderer? maps, Action? composed = null, Func<Route, bool>? includes = null, CancellationToken cancellation = default)
    {
        var work = site.Languages
            .SelectMany(language =>
            {
                var context = new ComposeContext(language.Language, site.Settings, language.Index, site.Routes, CountryNames.Shipped, theme.StringsFor(language.Language).Get, maps, theme.AssetsFor(site.Settings.Search))
                {
                    Includes = includes ?? (_ => true),
                };
                return Sources.Select(source => (Source: source, Context: context));
            })
            .ToArray();
        var pages = new PageDocument[work.Length][];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation }, i =>
            pages[i] = [.. work[i].Source.Compose(work[i].Context).Select(page =>
            {
                composed?.Invoke();
                return page;
            })]);
        return [.. pages.SelectMany(p => p)];
    }
}
