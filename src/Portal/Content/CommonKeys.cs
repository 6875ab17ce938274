namespace Portal.Content;

/// <summary>Keys that several kinds hold with the same meaning.</summary>
public static class CommonKeys
{
    public static readonly KeyDefinition Summary = new(
        "summary",
        KeyTypes.Text,
        "En eller två meningar som sammanfattar sidan. De blir sidans beskrivning i sökresultat och länkförhandsvisningar (meta description). Skriv texten inom citattecken.",
        "One or two sentences that sum up the page, shown in search results and link previews (meta description). Write it in quotes.")
    { Translatable = true, Example = "\"\"" };
}
