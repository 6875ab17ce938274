using Portal.Binding;
using Portal.Content;
using Portal.Countries;
using Portal.CrossReferences;
using Portal.FrontMatter;
using Portal.Geography;

namespace Portal.Pipeline.Phases;

/// <summary>
/// One language's content, bound, with the links between it computed.
/// </summary>
/// <param name="Routes">Every content file's page in this language, made when first asked for: a preview's first look
/// at one page may need none of them.</param>
public sealed record LanguageSite(string Language, PortalIndex Index, Lazy<IReadOnlyDictionary<string, Route>> Routes)
{
    public LanguageContent Content => Index.Content;

    /// <summary>Maps every content file's path to its page in this language, for the links editors write to <c>.md</c> files.</summary>
    public IReadOnlyDictionary<string, Route> ContentRoutes => Routes.Value;
}

/// <summary>The whole site, bound: its settings, what was read, its URL scheme, and one <see cref="LanguageSite"/> per language.</summary>
public sealed record BoundSite(ReadContent Input, SiteRoutes Routes, IReadOnlyList<LanguageSite> Languages)
{
    public SiteSettings Settings => Input.Site;

    public LanguageSite In(string language) => Languages.First(l => l.Language == language);

    public LanguageSite Default => In(Settings.DefaultLanguage);
}

/// <summary>
/// Phase 2, bind: front matter to the model, once per language, every reference checked against the catalogue of
/// slugs; then the checks that need the bound site (a free page's name, the accessibility statement's facts) and,
/// on content without errors, the checks made across files.
/// </summary>
public static class BindPhase
{
    /// <param name="boundFiles">Files bound by an earlier build of the session; null to bind every file.</param>
    /// <param name="checksAcrossFiles">Whether to look for likely mistakes across files (warnings only): not for a
    /// preview's first look at the open pages, which the whole build after it reports.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped the binding.</exception>
    public static BoundSite Run(ReadContent input, DateOnly today, DiagnosticBag diagnostics, BoundFiles? boundFiles = null, bool checksAcrossFiles = true, CancellationToken cancellation = default)
    {
        var raw = input.Raw;
        var catalog = new ContentCatalog(raw.ContentPaths.Where(p => p.Language is null));
        var context = new BindingContext(diagnostics, CountryNames.Shipped, raw.AssetPaths(), catalog, new CountryLocator(WorldCountries.Shipped), today);
        var routes = new SiteRoutes(input.Site.DefaultLanguage);
        var contents = ContentBinder.Bind(raw, input.Site, context, boundFiles, cancellation);
        var indexes = new PortalIndex[contents.Count];
        Parallel.For(0, contents.Count, i => indexes[i] = new PortalIndex(contents[i])); // a language's index reads only its content

        // A country's page exists only with a relationship or a network seat there, the same in every language.
        var countriesWithPages = indexes.First(i => i.Content.Language == input.Site.DefaultLanguage).Countries.ToHashSet(StringComparer.Ordinal);
        var languages = indexes
            .Select(index => new LanguageSite(index.Content.Language, index, new(() => ContentRoutes.For(index.Content.Language, raw.ContentPaths, routes, countriesWithPages))))
            .ToList();
        var site = new BoundSite(input, routes, languages);

        CheckFreePageNames(raw, input.Site, diagnostics);
        CheckAccessibilityStatement(site, diagnostics);
        if (checksAcrossFiles && !diagnostics.HasErrors)
        {
            // Only on content that binds: a relationship with an error is missing from the index, and its country with it.
            WarnOfUnusedCountryIntros(site, diagnostics);
            foreach (var kind in ContentKinds.All)
            {
                kind.CheckAcrossFiles(site.Default.Index, diagnostics);
            }
        }

        // A session keeps every file's front matter for its next build all the same.
        return boundFiles is null ? site with { Input = input with { Raw = WithoutFrontMatter(raw) } } : site;
    }

    /// <summary>
    /// The documents as later phases read them: their bodies (a file that binds no page still has its text checked),
    /// not their front matter, which the model now holds, so that every file's parsed front matter does not stay
    /// alive for the rest of the build.
    /// </summary>
    private static RawContent WithoutFrontMatter(RawContent raw) =>
        raw with
        {
            Documents = raw.Documents
                .Select(document => document with { Document = document.Document with { Keys = YamlMapping.Empty(document.Document.Keys.Location) } })
                .ToList(),
        };

    /// <summary>A free page must not take the place of a generated page or folder.</summary>
    private static void CheckFreePageNames(RawContent raw, SiteSettings site, DiagnosticBag diagnostics)
    {
        foreach (var page in raw.Documents.Where(d => d.Path.Kind == ContentKind.Page && d.Path.Language is null))
        {
            var top = page.Path.Folder.Length == 0 ? page.Path.Slug : page.Path.Folder.Split('/')[0];
            if (SiteRoutes.Reserved.Contains(top) || site.Languages.Contains(top))
            {
                diagnostics.Error(
                    DiagnosticCodes.RouteConflict,
                    SourceLocation.StartOf(page.Document.File.DisplayPath),
                    $"a free page cannot be named '{top}': the site uses that name for its own pages; rename the file or folder");
            }
        }
    }

    /// <summary>The statement's facts come from site.yml; a page laid out as the statement without them cannot be written.</summary>
    private static void CheckAccessibilityStatement(BoundSite site, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Default.Content.Pages.Where(p => p.Layout == PageLayout.AccessibilityStatement && site.Settings.Accessibility is null))
        {
            diagnostics.Error(
                DiagnosticCodes.AccessibilityFactsMissing,
                SourceLocation.StartOf(page.Text.Source.DisplayPath),
                "the accessibility statement takes the publisher's facts from site.yml: add accessibility: {contact: <e-mail or web form>, compliance: partial, assessed: YYYY-MM-DD, updated: YYYY-MM-DD}");
        }
    }

    /// <summary>A country gets a page only with a relationship or a network seat; an introduction for another country is shown nowhere.</summary>
    private static void WarnOfUnusedCountryIntros(BoundSite site, DiagnosticBag diagnostics)
    {
        var withPages = site.Default.Index.Countries.ToHashSet(StringComparer.Ordinal);
        foreach (var intro in site.Default.Content.CountryIntros.Where(c => !withPages.Contains(c.Country)))
        {
            diagnostics.Warning(
                DiagnosticCodes.UnusedCountryIntro,
                SourceLocation.StartOf(intro.Text.Source.DisplayPath),
                $"no page shows this introduction: no relationship lies in {intro.Country} and no network has its seat there");
        }
    }
}
