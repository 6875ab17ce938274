using Portal.Pages.Views;

namespace Portal.Pages.Sources;

/// <summary>The 404 page, linked by absolute paths so it works wherever the server shows it.</summary>
public sealed class NotFoundPage : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        if (!context.Includes(context.Routes.NotFound(context.Language)))
        {
            yield break;
        }

        var title = context.Ui("notfound.title");
        var page = context.PageAt(context.Routes.NotFound(context.Language), isNotFound: true);
        var view = new NotFoundView(page.Links.To(context.Routes.Home(context.Language)));
        yield return page.Generated(title, context.Ui("notfound.description"), view) with { IsNotFound = true, InSitemap = false };
    }
}
