namespace Portal.Content.History;

/// <summary>
/// <c>history</c>: a relationship's or a membership's changes of status, each dated, with the decision behind it. One
/// definition for both, so that the two are written, checked and described alike.
/// </summary>
public static class HistoryKey
{
    public const string Name = "history";

    public static readonly KeyDefinition[] EntryKeys =
    [
        new("date", KeyTypes.YearOrDate, "När statusen ändrades: årtal (1949) eller datum (2024-01-17).", "When the status changed: a year (1949) or a date (2024-01-17).") { Required = true },
        new("status", KeyTypes.Enum<RelationshipStatus>(), "Status från det datumet", "Status from that date") { Required = true },
        new("decision", KeyTypes.Slug, "Beslutet eller rapporten bakom ändringen: filnamnet i decisions/ utan .md.", "The decision or report behind the change: its file name in decisions/ without .md."),
        new("note", KeyTypes.Text, "En kort anteckning om ändringen, med källan.", "A short note on the change, with its source."),
    ];

    public static readonly KeyDefinition Definition = new(
        Name,
        KeyTypes.MappingList(EntryKeys),
        "Historik: statusändringar i datumordning, en lista av {date, status, decision, note}. Den sista statusen är status, och since och until stämmer med den första och med den avslutade.",
        "History: changes of status in date order, a list of {date, status, decision, note}. The last status is status, and since and until agree with the first and with the ended one.");

    /// <summary>An entry as the editor writes one, for messages.</summary>
    public const string Example = "date: 1949, status: active";
}
