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

    /// <summary>An entry in a translation: the note for the original's entry of that date.</summary>
    public static readonly KeyDefinition[] TranslatedEntryKeys =
    [
        EntryKeys[0] with { Swedish = "Datumet för originalets rad som anteckningen hör till: årtal (1949) eller datum (2024-01-17).", English = "The date of the original's entry the note belongs to: a year (1949) or a date (2024-01-17)." },
        EntryKeys[3] with { Swedish = "Anteckningen, översatt.", English = "The note, translated." },
    ];

    /// <summary>The key as the original writes it; a membership, in a network's list of members, has it so (members are facts).</summary>
    public static readonly KeyDefinition Definition = new(
        Name,
        KeyTypes.MappingList(EntryKeys),
        "Historik: statusändringar i datumordning, en lista av {date, status, decision, note}. Den sista statusen är status, och since och until stämmer med den första och med den avslutade.",
        "History: changes of status in date order, a list of {date, status, decision, note}. The last status is status, and since and until agree with the first and with the ended one.");

    /// <summary>A relationship's history: a translation gives its notes, by the date of the original's entry.</summary>
    public static readonly KeyDefinition TranslatableDefinition = Definition with
    {
        Translatable = true,
        InTranslation = new(
            Name,
            KeyTypes.MappingList(TranslatedEntryKeys),
            "Historikens anteckningar, översatta: en lista av {date, note}, där date är datumet för originalets rad. Status och beslut skrivs bara i originalet.",
            "The history's notes, translated: a list of {date, note}, where date is the date of the original's entry. Status and decision are written in the original only."),
    };

    /// <summary>An entry as the editor writes one, for messages.</summary>
    public const string Example = "date: 1949, status: active";
}
