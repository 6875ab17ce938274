using Portal.Pages.Views;

namespace Portal.Content.CountryIntros;

/// <summary>One page per country with a relationship or a network seat, its Swedish (or the page language's) name as heading.</summary>
public sealed class CountryPages : IPageSource
{
    private static string Describe(ComposeContext context, string code, string name)
    {
        var relationships = context.Index.RelationshipsByCountry[code].Select(r => r.Name).Order(context.Collation).ToList();
        var networks = context.Index.NetworksByCountry[code].Count();
        return string.Format(context.Culture, context.Ui("country.description"), name, relationships.Count, string.Join(", ", relationships), networks);
    }

    public IEnumerable<PageDocument> Compose(ComposeContext context) =>
        context.Index.Countries.SelectMany(code => Pages(context, code));

    /// <summary>
    /// A country's page, and when it has more than a hundred relationships, the pages that continue their list
    /// (<c>lander/fr/sida-2.html</c>, …): a page per country would otherwise grow with the site.
    /// </summary>
    private static IEnumerable<PageDocument> Pages(ComposeContext context, string code)
    {
        var name = context.CountryName(code);
        var intro = context.Index.CountryIntros.GetValueOrDefault(code);
        var description = new Lazy<string>(() => Describe(context, code, name));
        var relationships = context.Index.RelationshipsByCountry[code];
        Route RouteOf(int number) => context.Routes.Country(context.Language, code, number);
        return context.ListPages(relationships.Count(), () => context.InListingOrder(relationships), RouteOf).Select(list =>
        {
            var view = new CountryView(
                code,
                name,
                list.Page.Rows.GroupedByMunicipality(list.Part),
                list.IsFirst ? list.Page.Rows.Networks(context.Index.NetworksByCountry[code]) : [],
                list.IsFirst ? list.Page.Maps.Country(code, "relationships-heading") : null,
                list.Pagination);
            var title = context.ListPageTitle(name, list.Pagination);
            var document = list.IsFirst
                ? list.Page.Item(title, intro, view, context.SectionCrumb(Section.Countries))
                : list.Page.Item(title, null, view, context.SectionCrumb(Section.Countries), new Crumb(name, RouteOf(1)));
            return document with { GeneratedDescription = description.Value };
        });
    }
}
