using System.Globalization;
using Portal.Charts;
using Portal.Pages.Views;
using Portal.Templates;

namespace Portal.Pages;

/// <summary>
/// Relationships drawn as a timeline, with the text a screen reader reads in its place: a municipality's on its page,
/// a relationship's own history on its page. A relationship with a history is drawn a status at a time.
/// </summary>
public static class RelationshipTimeline
{
    /// <summary>Whether a relationship has anything to draw: a year, or a history.</summary>
    public static bool CanDraw(Relationship r) => r.Since is not null || r.Until is not null || r.History.Count > 0;

    public static TimelineView Draw(ComposeContext context, string id, string title, IReadOnlyList<Relationship> relationships)
    {
        var drawing = TimelineWriter.Write(id, title, string.Join("; ", relationships.Select(r => Describe(context, r))), [.. relationships.Select(Row)], context.Index.LatestYear);
        return new TimelineView(new TrustedHtml(drawing.Svg), drawing.Key);
    }

    /// <summary>The year it began: its <c>since</c>, or its history's first status unless that is its end.</summary>
    public static int? Start(Relationship r) =>
        r.Since?.Year ?? (r.History is [{ Status: not RelationshipStatus.Ended } first, ..] ? first.Date.Year : null);

    private static TimelineRow Row(Relationship r) =>
        new(r.Name, Start(r), r.Until?.Year, r.Status != RelationshipStatus.Ended)
        {
            Periods = [.. r.History.Select(h => new TimelinePeriod(h.Date.Year, KebabName.Of(h.Status)))],
        };

    /// <summary>"Vanda 1946–2024", or with a history "Herning: aktiv 1946–2014, vilande 2014–".</summary>
    private static string Describe(ComposeContext context, Relationship r)
    {
        static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "?";
        if (r.History.Count == 0)
        {
            return $"{r.Name} {Year(r.Since?.Year)}–{(r.Until is null ? (r.Status == RelationshipStatus.Ended ? "?" : string.Empty) : Year(r.Until.Value.Year))}";
        }

        var periods = r.History.Select((h, i) => h.Status == RelationshipStatus.Ended
            ? $"{context.Ui("status.ended").ToLower(context.Culture)} {Year(h.Date.Year)}"
            : $"{context.Ui($"status.{KebabName.Of(h.Status)}").ToLower(context.Culture)} {Year(h.Date.Year)}–{(i + 1 < r.History.Count ? Year(r.History[i + 1].Date.Year) : string.Empty)}");
        return $"{r.Name}: {string.Join(", ", periods)}";
    }
}
