using System.Globalization;
using Portal.CrossReferences;
using Portal.Pages.Views;

namespace Portal.Feeds;

/// <summary>
/// Every entry the feeds of one language can show: each decision, and each change in a relationship's or a
/// membership's history.
/// </summary>
/// <remarks>
/// An entry's id is the absolute URL of its page, with a fragment naming the change for a change of status
/// (<c>…/samarbeten/huddinge/vanda.html#historik-2020-05-01-ended</c>). Tag URIs were the other choice, but they need
/// a date on which the publisher held the host name, which the content does not give; a page's address is already
/// stable for as long as the base URL is, and names the same entry in the portal's feed and its municipality's.
/// The fragment is built from the change's date and status, not its place in the history, so an older change added
/// later does not renumber the others.
/// </remarks>
public static class FeedEntries
{
    /// <param name="ui">The theme's strings of the index's language.</param>
    public static IReadOnlyList<FeedEntry> Of(PortalIndex index, SiteRoutes routes, Uri baseUrl, Func<string, string> ui)
    {
        var language = index.Content.Language;
        var culture = CultureInfo.GetCultureInfo(language);
        var entries = new List<FeedEntry>();
        foreach (var decision in index.Content.Decisions)
        {
            var page = routes.Decision(language, decision.Slug).AbsoluteUnder(baseUrl);
            var summary = decision.Summary
                ?? string.Format(culture, ui("feed.decision-summary"), ui($"decision-kind.{KebabName.Of(decision.Kind)}"), decision.Body, FormatDate(decision.Date, culture));
            entries.Add(new FeedEntry(page, decision.Title, decision.Date, page, summary, decision.Municipality, decision.TitleLanguage, decision.SummaryLanguage));
        }

        // Every text of a change takes the same arguments, so a language's strings can word each change as it needs:
        // {0} the municipality, {1} the partner or network, {2} the old status, {3} the new, {4} the date, {5} the
        // municipality in the genitive.
        string Status(RelationshipStatus? status) => status is { } known ? ui($"status.{KebabName.Of(known)}").ToLower(culture) : string.Empty;
        (string, string) Text(string kind, string municipality, string name, HistoryEntry entry, RelationshipStatus? previous)
        {
            object[] values = [municipality, name, Status(previous), Status(entry.Status), FormatDate(entry.Date, culture), Genitive.In(language, municipality)];
            return (string.Format(culture, ui($"feed.{kind}"), values), string.Format(culture, ui($"feed.{kind}-summary"), values));
        }

        foreach (var relationship in index.Content.Relationships.Where(r => r.History.Count > 0))
        {
            var page = routes.Relationship(language, relationship.Key).AbsoluteUnder(baseUrl);
            var municipality = index.MunicipalityName(relationship.Key.Municipality);
            entries.AddRange(Changes(relationship.History, relationship.Key.Municipality, page, "historik", "history-heading", (entry, previous) =>
                Text(ChangeKind(entry, previous), municipality, relationship.Name, entry, previous)));
        }

        foreach (var network in index.Content.Networks)
        {
            var page = routes.Network(language, network.Slug).AbsoluteUnder(baseUrl);
            foreach (var member in network.Members.Where(m => m.History.Count > 0))
            {
                var municipality = index.MunicipalityName(member.Municipality);
                entries.AddRange(Changes(member.History, member.Municipality, page, $"medlem-{member.Municipality}", "members-heading", (entry, previous) =>
                    Text("member-" + ChangeKind(entry, previous), municipality, network.Name, entry, previous)));
            }
        }

        return entries;
    }

    /// <summary>
    /// How a change is worded: against the status before it; the first of a history has none, so it says the
    /// relationship began with its status, or, when that is all the history knows, that it ended.
    /// </summary>
    private static string ChangeKind(HistoryEntry entry, RelationshipStatus? previous) =>
        previous is not null ? "changed" : entry.Status == RelationshipStatus.Ended ? "ended" : "began";

    /// <summary>
    /// The entries of one history, oldest first: each change's status against the one before it, the first with none.
    /// Ids are unique within the history even if two changes share a date and status; each links to the page's
    /// <paramref name="section"/>, where the history is shown.
    /// </summary>
    private static IEnumerable<FeedEntry> Changes(
        IReadOnlyList<HistoryEntry> history,
        string municipality,
        string page,
        string fragment,
        string section,
        Func<HistoryEntry, RelationshipStatus?, (string Title, string Summary)> text)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < history.Count; i++)
        {
            var entry = history[i];
            var id = $"{page}#{fragment}-{entry.Date}-{KebabName.Of(entry.Status)}";
            for (var n = 2; !ids.Add(id); n++)
            {
                id = $"{page}#{fragment}-{entry.Date}-{KebabName.Of(entry.Status)}-{n}";
            }

            var (title, summary) = text(entry, i == 0 ? null : history[i - 1].Status);
            yield return new FeedEntry(id, title, DayOf(entry.Date), $"{page}#{section}", summary, municipality);
        }
    }

    /// <summary>The newest <paramref name="count"/> entries, newest first; entries of one day by id, so the order never depends on the content's.</summary>
    public static IReadOnlyList<FeedEntry> Newest(IEnumerable<FeedEntry> entries, int count) =>
        [.. entries.OrderByDescending(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).Take(count)];

    /// <summary>The day a change is dated: the first of the year when only its year is known.</summary>
    public static DateOnly DayOf(PartialDate date) => date.ToDateOnly() ?? new DateOnly(date.Year, 1, 1);

    private static string FormatDate(DateOnly date, CultureInfo culture) => date.ToString("d MMMM yyyy", culture);

    private static string FormatDate(PartialDate date, CultureInfo culture) =>
        date.ToDateOnly() is { } day ? FormatDate(day, culture) : date.Year.ToString(CultureInfo.InvariantCulture);
}
