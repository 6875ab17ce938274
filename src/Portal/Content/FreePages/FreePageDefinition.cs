using Portal.Binding;
using Portal.Content.Keys;
using Portal.Input;
using Portal.Model;
using Portal.Pages;
using Portal.Pages.Sources;
using Portal.Routing;
using Portal.Scaffolding;

namespace Portal.Content.FreePages;

/// <summary><c>pages/**/&lt;slug&gt;.md</c>: a free page (history, about, the accessibility statement), in folders of any depth.</summary>
public sealed class FreePageDefinition : ContentKindDefinition
{
    public static readonly KeyDefinition[] KeyList =
    [
        new("title", KeyTypes.Text, "Sidans rubrik.", "The page's title.") { Required = true, Translatable = true },
        CommonKeys.Summary,
        new("order", KeyTypes.Integer(int.MinValue), "Plats i menyn och listor: lägre tal kommer först (20).", "Place in menus and lists: lower numbers come first (20)."),
        new("layout", KeyTypes.Enum<PageLayout>(), "Sidmall", "Layout") { Default = "page" },
    ];

    public override ContentKind Kind => ContentKind.Page;

    public override string Folder => "pages";

    public override int? FolderDepth => null;

    public override IReadOnlyList<KeyDefinition> Keys => KeyList;

    public override string Name => "page";

    public override (string Swedish, string English) Title => ("fri sida", "free page");

    public override (string Swedish, string English) Description =>
        ("Uppgifterna överst i pages/**/<slug>.md: en fri sida (historia, om portalen, tillgänglighetsredogörelse, statistik).", "The front matter of pages/**/<slug>.md: a free page (history, about, accessibility statement, statistics).");

    public override object? Bind(BindingInput input, BindingContext context) => FreePageBinder.Bind(input, context);

    public override Route RouteOf(ContentPath path, string language, SiteRoutes routes, IReadOnlySet<string> countriesWithPages) =>
        routes.FreePage(language, path.Folder, path.Slug);

    public override IPageSource Pages { get; } = new FreePages();

    public override Scaffold Scaffold { get; } = new PageScaffold();
}
