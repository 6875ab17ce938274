namespace Portal.Content.Municipalities;

/// <summary><c>municipalities/&lt;slug&gt;.md</c>: a Swedish municipality or region.</summary>
public sealed class MunicipalityScaffold() : Scaffold(
    "municipality",
    "<slug>",
    [
        new("name", "TEXT", "Name of the municipality, such as Vänersborg", Required: true, (text, _) => FieldChecks.Text("name", text)),
        new("lat", "DEGREES", "Latitude, decimal degrees north, such as 58.38", Required: true, (text, _) => FieldChecks.Latitude(text)),
        new("lon", "DEGREES", "Longitude, decimal degrees east, such as 12.32", Required: true, (text, _) => FieldChecks.Longitude(text)),
    ])
{
    public override SlugCheck CheckSlug(string slug, ScaffoldContext context) =>
        SlugCheck.InFolder("municipalities", slug);

    public override CombinedProblem? CheckTogether(IReadOnlyDictionary<string, string> answers, ScaffoldContext context) =>
        FieldChecks.LocationProblem(LocationCheck.Sweden, answers["lat"], answers["lon"], context) is { } problem
            ? new CombinedProblem(["lat", "lon"], problem)
            : null;

    public override string Render(string slug, IReadOnlyDictionary<string, string> answers, ScaffoldContext context)
    {
        var name = answers["name"];
        return new StartingFile()
            .Comment("En kommun eller region vars internationella engagemang portalen visar.")
            .Comment(Texts.Comments)
            .Key("name", "Kommunens namn: Vänersborg.", name)
            .Key("location", $"Var kommunen ligger på kartan: {Texts.Location}.", $"{{lat: {answers["lat"]}, lon: {answers["lon"]}}}", raw: true)
            .OptionalKeysFollow()
            .OptionalKeys(MunicipalityDefinition.KeyList)
            .Guidance(
                "Skriv här om kommunens internationella engagemang: vilka vänorter och samarbeten den har haft, "
                + $"hur de har förändrats och vad som gäller nu. Relationerna läggs i partners/{slug}/, en fil per ort: "
                + $"portal new relationship {slug}/<ort>. Länka till dem med sökvägen till filen: [Vanda](../partners/{slug}/vanda.md).",
                Texts.Source)
            .Paragraph($"Här beskrivs {Swedish.Markdown(Swedish.Genitive(name))} internationella samarbeten.")
            .ToString();
    }
}
