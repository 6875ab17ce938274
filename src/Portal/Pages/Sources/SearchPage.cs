using Portal.Pages.Views;
using Portal.Search.Index;
using Portal.Templates;

namespace Portal.Pages.Sources;

/// <summary>
/// The search page of each language: its filters offer the values the language's relationships have (statuses and
/// types in the model's order, countries and municipalities by name as the language sorts them).
/// </summary>
public sealed class SearchPage : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        var route = context.Routes.Search(context.Language);
        if (!context.Site.Search || !context.Includes(route))
        {
            yield break;
        }

        var page = context.PageAt(route);
        var relationships = context.Index.Content.Relationships;
        FilterOption Option(string prefix, string key) => new(key, context.Ui($"{prefix}.{key}"));
        IReadOnlyList<FilterOption> Named(IEnumerable<(string Value, string Label)> options) =>
            [.. options.Distinct().OrderBy(o => o.Label, context.Collation).ThenBy(o => o.Value, StringComparer.Ordinal).Select(o => new FilterOption(o.Value, o.Label))];
        var filters = new List<SearchFilter>
        {
            new("status", context.Ui("label.status"), [.. Enum.GetValues<RelationshipStatus>().Where(s => relationships.Any(r => r.Status == s)).Select(s => Option("status", KebabName.Of(s)))]),
            new("type", context.Ui("label.type"), [.. Enum.GetValues<RelationshipType>().Where(t => relationships.Any(r => r.Type == t)).Select(t => Option("type", KebabName.Of(t)))]),
            new("country", context.Ui("label.country"), Named(relationships.Select(r => (r.Country, context.CountryName(r.Country))))),
            new("municipality", context.Ui("label.municipality"), Named(relationships.Select(r => (r.Key.Municipality, context.MunicipalityName(r.Key.Municipality))))),
        };
        Section[] browse = [Section.Relationships, Section.Countries, Section.Municipalities, Section.Networks, Section.Decisions];
        var view = new SearchView(
            page.Links.To(new Route(SearchIndexFiles.ManifestPath(context.Language))),
            page.Links.To(context.Theme.Route(Theme.SearchScript)),
            filters,
            [.. browse.Select(s => new LinkView(page.Links.To(context.Routes.SectionIndex(context.Language, s)), context.SectionTitle(s)))]);
        yield return page.Generated(context.Ui("search.title"), context.Ui("search.description"), view) with { InSitemap = false };
    }
}
