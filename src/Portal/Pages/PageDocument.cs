using Portal.Model;
using Portal.Pages.Views;
using Portal.Routing;

namespace Portal.Pages;

/// <summary>A crumb on the way to a page; the last one (the page itself) has no route.</summary>
public sealed record Crumb(string Text, Route? Route);

/// <summary>
/// A page to be written: where, in which language, its body (if it has one) and its view, built in compose with
/// the page's links; the view's type names the layout that shows it. <paramref name="TitleQualifier"/> tells apart pages whose
/// titles may repeat (two municipalities' partners named Bergen) in the browser's title. <paramref name="GeneratedDescription"/>
/// is the meta description when the editor gave no summary and the page has no text.
/// </summary>
public sealed record PageDocument(
    Route Route,
    string Language,
    string Title,
    string? Summary,
    ContentText? Body,
    IReadOnlyList<Crumb> Breadcrumbs,
    PageView View,
    bool IsNotFound = false,
    bool InSitemap = true,
    string? TitleQualifier = null,
    string? GeneratedDescription = null);
