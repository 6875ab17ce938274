namespace Portal.Feeds;

/// <summary>
/// One entry of a feed: a decision, or a change of a relationship's or a membership's status. <see cref="Link"/> is
/// the absolute URL of the page it is about; <see cref="Municipality"/> is the slug of the municipality it concerns,
/// which puts it in that municipality's feed too.
/// </summary>
/// <param name="TitleLanguage">The language of the title where it differs from the feed's (a decision shown
/// untranslated), else null.</param>
/// <param name="SummaryLanguage">The language of the summary where it differs from the feed's: an untranslated
/// decision's own summary, not the one the feed words for a decision without one.</param>
public sealed record FeedEntry(
    string Id,
    string Title,
    DateOnly Date,
    string Link,
    string? Summary,
    string Municipality,
    string? TitleLanguage = null,
    string? SummaryLanguage = null);

/// <summary>
/// An Atom feed as written: at <see cref="Route"/>, its id and self link its own absolute URL, its alternate link the
/// page it follows, newest entry first, and <see cref="Updated"/> its newest entry's date, never the clock's.
/// </summary>
public sealed record AtomFeed(
    Route Route,
    string Language,
    string Title,
    string SelfUrl,
    string PageUrl,
    string Author,
    DateOnly Updated,
    IReadOnlyList<FeedEntry> Entries);
