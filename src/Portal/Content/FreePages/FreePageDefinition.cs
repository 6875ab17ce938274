using Portal.Pages.Sources;

namespace Portal.Content.FreePages;

/// <summary><c>pages/**/&lt;slug&gt;.md</c>: a free page (history, about, the accessibility statement), in folders of any depth.</summary>
public sealed class FreePageDefinition() : ContentKindDefinition(
    new ContentKindNames(ContentKind.Page, "pages", "page", ("fri sida", "free page"), ("Uppgifterna överst i pages/**/<slug>.md: en fri sida (historia, om portalen, tillgänglighetsredogörelse, statistik).", "The front matter of pages/**/<slug>.md: a free page (history, about, accessibility statement, statistics).")),
    KeyList,
    FreePageBinder.Bind,
    new FreePages(),
    new PageScaffold())
{
    public static readonly KeyDefinition[] KeyList =
    [
        new("title", KeyTypes.Text, "Sidans rubrik.", "The page's title.") { Required = true, Translatable = true },
        CommonKeys.Summary,
        new("order", KeyTypes.Integer(int.MinValue), "Plats i menyn och listor: lägre tal kommer först (20).", "Place in menus and lists: lower numbers come first (20)."),
        new("layout", KeyTypes.Enum<PageLayout>(), "Sidmall", "Layout") { Default = "page" },
    ];

    public override int? FolderDepth => null;

    public override Route RouteOf(ContentPath path, string language, SiteRoutes routes, IReadOnlySet<string> countriesWithPages) =>
        routes.FreePage(language, path.Folder, path.Slug);
}
