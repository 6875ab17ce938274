using Portal.CrossReferences;
using Portal.Pages.Views;

namespace Portal.Pages.Sources;

/// <summary>The home page: the portal's numbers, the latest decisions, and a way into every part of the site.</summary>
public sealed class HomePage : IPageSource
{
    public const int LatestDecisions = 5;

    /// <summary>The sections in the order the home page counts them: what there is, then where, then what binds it.</summary>
    private static readonly Section[] SectionOrder = [Section.Relationships, Section.Countries, Section.Municipalities, Section.Networks, Section.Decisions];

    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        if (!context.Includes(context.Routes.Home(context.Language)))
        {
            yield break;
        }

        var content = context.Index.Content;
        var title = context.Site.Title.In(context.Language);
        var description = context.Site.Description?.In(context.Language);
        var page = context.PageAt(context.Routes.Home(context.Language));
        var view = new HomeView
        {
            Sections = SectionOrder.Select(section => new SectionSummary(
                KebabName.Of(section),
                SiteRoutes.Folders[section],
                page.Links.To(context.Routes.SectionIndex(context.Language, section)),
                Count(context.Index, section))).ToList(),
            DecisionsHref = page.Links.To(context.Routes.SectionIndex(context.Language, Section.Decisions)),
            ByStatus = Enum.GetValues<RelationshipStatus>().Select(s => new StatisticView(KebabName.Of(s), content.Relationships.Count(r => r.Status == s))).ToList(),
            ByType = Enum.GetValues<RelationshipType>().Select(t => new StatisticView(KebabName.Of(t), content.Relationships.Count(r => r.Type == t))).ToList(),
            LatestDecisions = page.Rows.Decisions(content.Decisions.Take(LatestDecisions)),
            Description = description,
            Map = page.Maps.World("countries-table"),
            Countries = page.Rows.Countries(context.Index.Countries).Where(c => c.RelationshipCount > 0).ToList(),
            Municipalities = page.Rows.Municipalities(content.Municipalities),
            Pages = content.Pages.Select(p => page.Rows.Link(context.Routes.FreePage(context.Language, p.Folder, p.Slug), p.Title, p.TitleLanguage)).ToList(),
        };
        yield return page.Document(title, description, null, view, [new Crumb(context.Ui("nav.home"), null)]);
    }

    private static int Count(PortalIndex index, Section section) => section switch
    {
        Section.Relationships => index.Content.Relationships.Count,
        Section.Countries => index.Countries.Count,
        Section.Municipalities => index.Content.Municipalities.Count,
        Section.Networks => index.Content.Networks.Count,
        Section.Decisions => index.Content.Decisions.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}
