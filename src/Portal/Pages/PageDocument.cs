using Portal.Pages.Views;

namespace Portal.Pages;

/// <summary>A crumb on the way to a page; the last one (the page itself) has no route.</summary>
public sealed record Crumb(string Text, Route? Route);

/// <summary>An Atom feed as a page links to it: where it is, and its title.</summary>
public sealed record PageFeed(Route Route, string Title);

/// <summary>
/// A page to be written: where, in which language, its body (if it has one) and its view, built in compose with
/// the page's links; the view's type names the layout that shows it. Built by name: its title, summary and
/// descriptions are strings side by side, which positions would let be swapped unnoticed.
/// </summary>
public sealed record PageDocument
{
    public required Route Route { get; init; }

    public required string Language { get; init; }

    public required string Title { get; init; }

    /// <summary>The title's language where it is not the page's (an untranslated name); the text's is <see cref="Body"/>'s.</summary>
    public string? TitleLanguage { get; init; }

    public required string? Summary { get; init; }

    public required ContentText? Body { get; init; }

    public required IReadOnlyList<Crumb> Breadcrumbs { get; init; }

    public required PageView View { get; init; }

    public bool IsNotFound { get; init; }

    public bool InSitemap { get; init; } = true;

    /// <summary>Tells apart pages whose titles may repeat (two municipalities' partners named Bergen) in the browser's title.</summary>
    public string? TitleQualifier { get; init; }

    /// <summary>The feed of what the page is about, which its head advertises besides the portal's (a municipality's on its page).</summary>
    public PageFeed? Feed { get; init; }

    /// <summary>The meta description when the editor gave no summary and the page has no text.</summary>
    public string? GeneratedDescription { get; init; }
}
