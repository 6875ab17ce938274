using Portal.Pages.Views;

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
        var route = context.Routes.Home(context.Language);
        var links = context.LinksFrom(route);
        var rows = new Rows(context, links);
        var routes = context.Routes;
        var language = context.Language;
        var view = new HomeView
        {
            RelationshipCount = index.Content.Relationships.Count,
            CountryCount = index.Countries.Count,
            MunicipalityCount = index.Content.Municipalities.Count,
            NetworkCount = index.Content.Networks.Count,
            DecisionCount = index.Content.Decisions.Count,
            ByStatus = Enum.GetValues<RelationshipStatus>().Select(s => new StatisticView(KebabName.Of(s), index.Content.Relationships.Count(r => r.Status == s))).ToList(),
            ByType = Enum.GetValues<RelationshipType>().Select(t => new StatisticView(KebabName.Of(t), index.Content.Relationships.Count(r => r.Type == t))).ToList(),
            LatestDecisions = rows.Decisions(index.Content.Decisions.Take(LatestDecisions)),
            Municipalities = index.Content.Municipalities.OrderBy(m => m.Name, context.Collation).Select(m => rows.Link(routes.Municipality(language, m.Slug), m.Name)).ToList(),
            Pages = index.Content.Pages.Select(p => rows.Link(routes.FreePage(language, p.Folder, p.Slug), p.Title, p.Text.IsFallback ? p.Text.Language : null)).ToList(),
            RelationshipsHref = links.To(routes.SectionIndex(language, Section.Relationships)),
            CountriesHref = links.To(routes.SectionIndex(language, Section.Countries)),
            NetworksHref = links.To(routes.SectionIndex(language, Section.Networks)),
            DecisionsHref = links.To(routes.SectionIndex(language, Section.Decisions)),
            MunicipalitiesHref = links.To(routes.SectionIndex(language, Section.Municipalities)),
            Description = description,
            Map = new PageMaps(context, links).World("countries-table"),
            Countries = index.Countries
                .Select(code => new CountryRow(
                    links.To(routes.Country(language, code)),
                    context.CountryName(code),
                    index.RelationshipsByCountry[code].Count(),
                    index.NetworksByCountry[code].Count()))
                .Where(c => c.RelationshipCount > 0)
                .OrderBy(c => c.Name, context.Collation)
                .ToList(),
        };
        yield return new PageDocument
        {
            Route = route,
            Language = language,
            Title = title,
            Summary = description,
            Body = null,
            Breadcrumbs = [new Crumb(context.Ui("nav.home"), null)],
            View = view,
        };
    }
}
