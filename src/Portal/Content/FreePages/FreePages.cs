using Portal.Content.Site;
using Portal.Pages.Views;

namespace Portal.Content.FreePages;

/// <summary>Free pages; a page's breadcrumbs pass through the pages its folders are named after (pages/historia.md for pages/historia/…).</summary>
public sealed class FreePages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        var byPlace = context.Index.Content.Pages.ToDictionary(p => (p.Folder, p.Slug));
        return context.PagesOf(context.Index.Content.Pages, p => context.Routes.FreePage(context.Language, p.Folder, p.Slug), (p, page) => page.Item(
            p.Title,
            p,
            p.Layout == PageLayout.AccessibilityStatement && context.Site.Accessibility is { } facts
                ? Statement(context, facts)
                : new FreePageView(p.Title),
            Parents(p, byPlace, context)));
    }

    /// <summary>DIGG's form for complaints about the accessibility of public digital services.</summary>
    public const string ComplaintUrl = "https://www.digg.se/tdosanmalan";

    private static AccessibilityStatementView Statement(ComposeContext context, AccessibilityInfo facts)
    {
        var contact = ContactAddress.Of(facts.Contact);
        return new(
            context.Site.Title.In(context.Language),
            context.Site.Publisher,
            contact.Text,
            KebabName.Of(contact.Kind),
            contact.Href,
            facts.Phone,
            KebabName.Of(facts.Compliance),
            facts.Assessed is { } assessed ? context.FormatDate(assessed) : null,
            facts.Updated is { } updated ? context.FormatDate(updated) : null,
            ComplaintUrl);
    }

    private static IEnumerable<Crumb> Parents(FreePage page, IReadOnlyDictionary<(string Folder, string Slug), FreePage> byPlace, ComposeContext context)
    {
        if (page.Folder.Length == 0)
        {
            yield break;
        }

        var segments = page.Folder.Split('/');
        for (var depth = 1; depth <= segments.Length; depth++)
        {
            var folder = string.Join('/', segments[..(depth - 1)]);
            if (byPlace.TryGetValue((folder, segments[depth - 1]), out var parent))
            {
                yield return new Crumb(parent.Title, context.Routes.FreePage(context.Language, parent.Folder, parent.Slug));
            }
        }
    }
}
