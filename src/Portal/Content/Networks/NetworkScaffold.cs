namespace Portal.Content.Networks;

/// <summary><c>networks/&lt;slug&gt;.md</c>: an organisation, network, project or twinning chain.</summary>
public sealed class NetworkScaffold() : Scaffold(
    "network",
    "<slug>",
    [
        new("name", "TEXT", "Name of the network, such as Eurocities", Required: true, (text, _) => FieldChecks.Text("name", text)),
        new("kind", "KIND", $"Kind, one of: {string.Join(", ", KebabName.All<NetworkKind>())}", Required: true, (text, _) => FieldChecks.Enum<NetworkKind>("kind", text)),
    ])
{
    public override SlugCheck CheckSlug(string slug, ScaffoldContext context) =>
        SlugCheck.InFolder("networks", slug);

    public override string Render(string slug, IReadOnlyDictionary<string, string> answers, ScaffoldContext context)
    {
        var name = answers["name"];
        KebabName.TryParse<NetworkKind>(answers["kind"], out var kind);
        var what = kind switch
        {
            NetworkKind.Network => "ett internationellt nätverk",
            NetworkKind.TwinningChain => "en vänortskedja",
            NetworkKind.EuProject => "ett EU-projekt",
            NetworkKind.Interreg => "ett Interreg-projekt",
            NetworkKind.CrossBorder => "ett gränsöverskridande samarbete",
            _ => "ett internationellt samarbete",
        };
        return new StartingFile()
            .Comment("Ett nätverk, en organisation, ett projekt eller en vänortskedja.")
            .Comment(Texts.Comments)
            .Key("name", "Nätverkets namn: Eurocities.", name)
            .Key("kind", $"Vilken sorts nätverk: {Swedish.Choices<NetworkKind>()}.", answers["kind"], raw: true)
            .OptionalKeysFollow()
            .OptionalKeys(NetworkDefinition.KeyList)
            .Guidance(
                "Skriv här vad nätverket är och gör, och vad kommunerna gör i det. Länka till kommuner och beslut med sökvägen "
                + "till filen: [Vänersborg](../municipalities/vanersborg.md).",
                Texts.Source)
            .Paragraph($"{Swedish.Markdown(name)} är {what}.")
            .ToString();
    }
}
