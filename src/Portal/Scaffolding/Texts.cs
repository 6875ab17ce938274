namespace Portal.Scaffolding;

/// <summary>Comment texts that several kinds of file share.</summary>
internal static class Texts
{
    public const string Comments = "Rader som börjar med # är kommentarer och syns inte på webbplatsen.";

    public const string Summary = "En eller två meningar som sammanfattar sidan. De blir sidans beskrivning för bland annat sökmotorer. Skriv texten inom citattecken.";

    public const string Source = "Ange källan sist, till exempel: *Källa: Kommunstyrelsens beslut, 2024.*";

    public const string Location = "latitud och longitud i decimalgrader (WGS84), med punkt";

    public const string Concerns = "Relationer och nätverk som beslutet gäller: <kommun>/<ort> för en relation (huddinge/vanda), filnamnet utan .md för ett nätverk (eurocities).";

    public const string Since = "När relationen började: år (1946) eller datum (1946-05-01).";

    public const string Until = "När relationen upphörde: år eller datum, inte före since och inte i framtiden. Ange det när status är ended; skriv unknown om ingen källa anger året.";
}
