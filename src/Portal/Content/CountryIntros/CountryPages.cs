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
        context.Index.Countries.Select(code =>
        {
            var name = context.CountryName(code);
            var intro = context.Index.CountryIntros.GetValueOrDefault(code);
            var route = context.Routes.Country(context.Language, code);
            var links = context.LinksFrom(route);
            var rows = new Rows(context, links);
            var view = new CountryView(
                code,
                name,
                rows.GroupedByMunicipality(context.Index.RelationshipsByCountry[code]),
                rows.Networks(context.Index.NetworksByCountry[code]),
                new PageMaps(context, links).Country(code, "relationships-heading"));
            var page = context.ItemPage(route, name, intro, view, context.SectionCrumb(Section.Countries));
            return page with { GeneratedDescription = Describe(context, code, name) };
        });
}
