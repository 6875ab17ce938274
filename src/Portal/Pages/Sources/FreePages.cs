using Portal.Pages.Views;

namespace Portal.Pages.Sources;

public sealed class FreePages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context) =>
        context.Index.Content.Pages.Select(p => new PageDocument(
            context.Routes.FreePage(context.Language, p.Folder, p.Slug),
            context.Language,
            "page",
            p.Title,
            p.Summary,
            p.Text,
            [context.HomeCrumb, new Crumb(p.Title, null)],
            _ => new FreePageView(p.Title)));
}
