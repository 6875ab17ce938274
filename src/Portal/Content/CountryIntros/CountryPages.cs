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
        var description = Describe(context, code, name);
        var pages = Paging.Split(context.InListingOrder(context.Index.RelationshipsByCountry[code]));
        Route RouteOf(int number) => context.Routes.Country(context.Language, code, number);
        for (var number = 1; number <= pages.Count; number++)
        {
            var page = context.PageAt(RouteOf(number));
            var first = number == 1;
            var view = new CountryView(
                code,
                name,
                page.Rows.GroupedByMunicipality(pages[number - 1]),
                first ? page.Rows.Networks(context.Index.NetworksByCountry[code]) : [],
                first ? page.Maps.Country(code, "relationships-heading") : null,
                page.Pagination(number, pages.Count, RouteOf));
            var document = first
                ? page.Item(name, intro, view, context.SectionCrumb(Section.Countries))
                : page.Item(context.NumberedTitle(name, number, pages.Count), null, view, context.SectionCrumb(Section.Countries), new Crumb(name, RouteOf(1)));
            yield return document with { GeneratedDescription = description };
        }
    }
}
