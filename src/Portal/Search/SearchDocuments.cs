using Portal.Markdown;
using Portal.Pages.Views;
using Portal.Search.Index;

namespace Portal.Search;

/// <summary>
/// What the search indexes of a rendered page: a content item's page whole (its names, what places it, its text), a
/// section index's first page by its title and summary; not the home page, the 404 page, the search page itself, or
/// the later pages of a list, which repeat the first's title.
/// </summary>
public static class SearchDocuments
{
    /// <param name="body">The page's text, rendered; null when it has none.</param>
    /// <param name="ui">The theme's words in the page's language (a relationship's type and status).</param>
    public static SearchDocument? Of(PageDocument page, RenderedMarkdown? body, Func<string, string> ui)
    {
        // A text shown untranslated is the other language's page's to be found by; here it is only the excerpt's.
        var untranslated = page.Body is { IsFallback: true } fallback ? fallback.Language : null;
        var text = body is null ? page.Summary ?? string.Empty : PlainText.FromHtml(body.Html, untranslated is null ? int.MaxValue : SearchIndexFiles.ExcerptSourceLength + 1);
        SearchDocument Document(SearchKind kind, IEnumerable<string?> names, IEnumerable<string?> context) => new()
        {
            Path = page.Route.Path,
            Kind = kind,
            Title = page.Title,
            Names = [.. names.OfType<string>()],
            Context = [.. context.OfType<string>(), .. page.Summary is { } summary && body is not null ? [summary] : Array.Empty<string>()],
            Text = text,
            UntranslatedLanguage = untranslated,
        };

        return page.View switch
        {
            RelationshipView v => Document(SearchKind.Relationship, [v.Row.Name, v.Row.LocalName], [v.Row.Municipality.Text, v.Row.Country.Text, ui($"type.{v.Row.Type}"), ui($"status.{v.Row.Status}"), v.Region]) with
            {
                Facets = new RelationshipFacets(v.Row.Status, v.Row.Type, v.Row.CountryCode, v.Row.MunicipalitySlug, Years(v.Row, ui)),
            },
            MunicipalityView v => Document(SearchKind.Municipality, [v.Name], [v.Kind, v.County]),
            CountryView { Pagination.Current: 1 } v => Document(SearchKind.Country, [v.Name, v.Code], []),
            NetworkView v => Document(SearchKind.Network, [v.Name], [v.Kind, v.Country?.Text]),
            DecisionView v => Document(SearchKind.Decision, [], [v.Row.Kind, v.Row.MunicipalityName, v.Row.Reference, v.Row.Date.Text, v.Body]),
            FreePageView or AccessibilityStatementView => Document(SearchKind.Page, [], []),
            RelationshipIndexView { Pagination.Current: 1 } or NetworkIndexView { Pagination.Current: 1 } or DecisionIndexView { Pagination.Current: 1 }
                or CountryIndexView or MunicipalityIndexView => Document(SearchKind.Page, [], []),
            _ => null,
        };
    }

    /// <summary>
    /// The years as the relationship tables show them (<c>1994–2010</c>, <c>1994–</c>, <c>1946–okänt</c>); empty when
    /// neither is known, which a result leaves out rather than say "unknown" alone.
    /// </summary>
    private static string Years(RelationshipRow row, Func<string, string> ui) =>
        row.Since is null && row.Until is null
            ? string.Empty
            : $"{row.Since}–{row.Until ?? (row.EndUnknown ? ui("label.unknown") : string.Empty)}";
}
