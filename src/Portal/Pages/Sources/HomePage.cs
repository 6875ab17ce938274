using Portal.Model;
using Portal.Pages.Views;
using Portal.Routing;

namespace Portal.Pages.Sources;

/// <summary>The home page: the portal's numbers, the latest decisions, and a way into every part of the site.</summary>
public sealed class HomePage : IPageSource
{
    public const int LatestDecisions = 5;

    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        var index = context.Index;
        var title = context.Site.Title.In(context.Language);
        var description = context.Site.Description?.In(context.Language);
        yield return new PageDocument(
            context.Routes.Home(context.Language),
            context.Language,
            "home",
            title,
            description,
            null,
            [new Crumb(context.Ui("nav.home"), null)],
            links =>
            {
                var rows = new Rows(context, links);
                var routes = context.Routes;
                var language = context.Language;
                return new HomeView(
                    index.Content.Relationships.Count,
                    index.Countries.Count,
                    index.Content.Municipalities.Count,
                    index.Content.Networks.Count,
                    index.Content.Decisions.Count,
                    Enum.GetValues<RelationshipStatus>().Select(s => new StatisticView(KebabName.Of(s), index.Content.Relationships.Count(r => r.Status == s))).ToList(),
                    Enum.GetValues<RelationshipType>().Select(t => new StatisticView(KebabName.Of(t), index.Content.Relationships.Count(r => r.Type == t))).ToList(),
                    rows.Decisions(index.Content.Decisions.Take(LatestDecisions)),
                    index.Content.Municipalities.OrderBy(m => m.Name, context.Collation).Select(m => rows.Link(routes.Municipality(language, m.Slug), m.Name)).ToList(),
                    index.Content.Pages.Select(p => rows.Link(routes.FreePage(language, p.Folder, p.Slug), p.Title, p.Text.IsFallback ? p.Text.Language : null)).ToList(),
                    links.To(routes.SectionIndex(language, Section.Relationships)),
                    links.To(routes.SectionIndex(language, Section.Countries)),
                    links.To(routes.SectionIndex(language, Section.Networks)),
                    links.To(routes.SectionIndex(language, Section.Decisions)),
                    links.To(routes.SectionIndex(language, Section.Municipalities)),
                    description,
                    new PageMaps(context, links).World("countries-table"),
                    index.Countries
                        .Select(code => new CountryRow(
                            links.To(routes.Country(language, code)),
                            context.CountryName(code),
                            index.RelationshipsByCountry[code].Count(),
                            index.NetworksByCountry[code].Count()))
                        .Where(c => c.RelationshipCount > 0)
                        .OrderBy(c => c.Name, context.Collation)
                        .ToList());
            });
    }
}
