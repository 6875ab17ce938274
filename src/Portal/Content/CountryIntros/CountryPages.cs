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
            var page = context.PageAt(context.Routes.Country(context.Language, code));
            var view = new CountryView(
                code,
                name,
                page.Rows.GroupedByMunicipality(context.Index.RelationshipsByCountry[code]),
                page.Rows.Networks(context.Index.NetworksByCountry[code]),
                page.Maps.Country(code, "relationships-heading"));
            return page.Item(name, intro, view, context.SectionCrumb(Section.Countries)) with { GeneratedDescription = Describe(context, code, name) };
        });
}
