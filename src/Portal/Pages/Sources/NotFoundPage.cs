using Portal.Pages.Views;

namespace Portal.Pages.Sources;

/// <summary>The 404 page, linked by absolute paths so it works wherever the server shows it.</summary>
public sealed class NotFoundPage : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        var title = context.Ui("notfound.title");
        var route = context.Routes.NotFound(context.Language);
        yield return new PageDocument
        {
            Route = route,
            Language = context.Language,
            Title = title,
            Summary = context.Ui("notfound.description"),
            Body = null,
            Breadcrumbs = context.Breadcrumbs(title),
            View = new NotFoundView(context.LinksFrom(route, isNotFound: true).To(context.Routes.Home(context.Language))),
            IsNotFound = true,
            InSitemap = false,
        };
    }
}
