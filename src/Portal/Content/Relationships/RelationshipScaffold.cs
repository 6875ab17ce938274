namespace Portal.Content.Relationships;

/// <summary><c>partners/&lt;municipality&gt;/&lt;slug&gt;.md</c>: one relationship of a municipality with a partner place.</summary>
public sealed class RelationshipScaffold() : Scaffold(
    "relationship",
    "<municipality>/<slug>",
    [
        new("name", "TEXT", "Name of the partner place as written in Swedish, such as Åbo", Required: true, (text, _) => FieldChecks.Text("name", text)),
        new("country", "CODE", "Country, its ISO 3166-1 alpha-2 code, such as FI, DK, NO, or AX for Åland", Required: true, FieldChecks.Country),
        new("lat", "DEGREES", "Latitude of the partner place, decimal degrees north, such as 60.29", Required: true, (text, _) => FieldChecks.Latitude(text)),
        new("lon", "DEGREES", "Longitude of the partner place, decimal degrees east, such as 25.04", Required: true, (text, _) => FieldChecks.Longitude(text)),
        new("type", "TYPE", $"Type, one of: {string.Join(", ", KebabName.All<RelationshipType>())}", Required: true, (text, _) => FieldChecks.Enum<RelationshipType>("type", text)),
        new("status", "STATUS", $"Status, one of: {string.Join(", ", KebabName.All<RelationshipStatus>())}", Required: true, (text, _) => FieldChecks.Enum<RelationshipStatus>("status", text)),
        new("since", "YEAR", "Since, a year such as 1946 or a date such as 1946-05-01", Required: false, (text, _) => FieldChecks.YearOrDate("since", text)),
        new("until", "YEAR", "Until, for an ended relationship: a year, a date, or unknown if no source gives it", Required: false, (text, _) => FieldChecks.YearOrDate("until", text)),
    ])
{
    public override SlugCheck CheckSlug(string slug, ScaffoldContext context)
    {
        var parts = slug.Split('/');
        if (parts.Length != 2)
        {
            return SlugCheck.Invalid($"a relationship is written <municipality>/<slug>, such as huddinge/vanda, not '{slug}'");
        }

        var (municipality, place) = (parts[0], parts[1]);
        if (!Input.Slug.IsValid(municipality) || !Input.Slug.IsValid(place))
        {
            return SlugCheck.Invalid($"the slug '{slug}' must be lower-case letters a-z, digits and '-' on each side of '/'; use '{Input.Slug.Suggest(municipality)}/{Input.Slug.Suggest(place)}'");
        }

        if (!context.Catalog.HasMunicipality(municipality))
        {
            var near = NearestMatch.Find(municipality, context.Originals(Input.ContentKind.Municipality).Select(d => d.Path.Slug));
            return SlugCheck.Missing(
                $"there is no municipality '{municipality}': {context.Display($"municipalities/{municipality}.md")} does not exist."
                + (near is null ? string.Empty : $" Did you mean '{near}'?")
                + $" To create it: portal new municipality {municipality} --name TEXT --lat DEGREES --lon DEGREES");
        }

        return SlugCheck.At($"partners/{municipality}/{place}.md");
    }

    public override CombinedProblem? CheckTogether(IReadOnlyDictionary<string, string> answers, ScaffoldContext context)
    {
        if (FieldChecks.LocationProblem(answers["country"], answers["lat"], answers["lon"], context) is { } problem)
        {
            return new CombinedProblem(["country", "lat", "lon"], problem);
        }

        // The build warns of an ended relationship without its end, so the new file asks for it now.
        var ended = answers["status"] == KebabName.Of(RelationshipStatus.Ended);
        if (ended && !answers.ContainsKey("until"))
        {
            return new CombinedProblem(["until"], "an ended relationship needs the year it ended: --until YEAR (or a date), or --until unknown if no source gives it");
        }

        return ended && answers.TryGetValue("since", out var since) && answers.TryGetValue("until", out var until)
            && PartialDate.TryParse(since, out var start) && PartialDate.TryParse(until, out var end) && end.CompareTo(start) < 0
            ? new CombinedProblem(["until"], $"'until' ({until}) is before 'since' ({since}); check the years")
            : null;
    }

    public override string Render(string slug, IReadOnlyDictionary<string, string> answers, ScaffoldContext context)
    {
        var municipality = slug.Split('/')[0];
        var file = new StartingFile()
            .Comment($"En relation mellan kommunen i mappen ({municipality}) och en ort i ett annat land.")
            .Comment(Texts.Comments)
            .Key("name", "Ortens namn som det skrivs på svenska: Vanda, Åbo.", answers["name"])
            .Key("country", "Landet där orten ligger: landskod enligt ISO 3166-1, två versaler inom citattecken: \"FI\", \"DK\", \"NO\", \"AX\" (Åland), \"FO\" (Färöarna), \"GL\" (Grönland).", YamlText.Quoted(answers["country"]), raw: true)
            .Key("location", $"Var orten ligger på kartan: {Texts.Location}.", $"{{lat: {answers["lat"]}, lon: {answers["lon"]}}}", raw: true)
            .Key("type", $"Vilken sorts relation det är: {Swedish.Choices<RelationshipType>()}.", answers["type"], raw: true)
            .Key("status", $"Hur aktiv relationen är: {Swedish.Choices<RelationshipStatus>()}. Skriv läget som det var när källan skrevs.", answers["status"], raw: true);
        if (answers.TryGetValue("since", out var since))
        {
            file.Key("since", Texts.Since, since, raw: true);
        }

        if (answers.TryGetValue("until", out var until))
        {
            file.Key("until", Texts.Until, until, raw: true);
        }

        file.OptionalKeysFollow()
            .OptionalKeys(RelationshipDefinition.KeyList, answers.Keys)
            .Guidance(
                "Skriv här om relationen: hur och när den började, vad kommunerna har gjort tillsammans och hur läget är nu. "
                + "Länka till beslut med sökvägen till filen: [beslutet](../../decisions/<namn>.md).",
                Texts.Source);
        return file.Paragraph(Sentence(municipality, answers, context)).ToString();
    }

    /// <summary>"Huddinge och Vanda (Finland) är vänorter sedan 1974."</summary>
    private static string Sentence(string municipality, IReadOnlyDictionary<string, string> answers, ScaffoldContext context)
    {
        var ours = context.TextOf($"municipalities/{municipality}.md", "name") ?? municipality;
        var country = context.Countries.NameOf(answers["country"], "sv");
        var ended = answers["status"] == KebabName.Of(RelationshipStatus.Ended);
        KebabName.TryParse<RelationshipType>(answers["type"], out var type);
        var what = type switch
        {
            RelationshipType.TwinTown => ended ? "var vänorter" : "är vänorter",
            RelationshipType.FriendshipTown => ended ? "var vänskapsorter" : "är vänskapsorter",
            RelationshipType.PartnerTown => ended ? "var partnerstäder" : "är partnerstäder",
            RelationshipType.MunicipalPartnership => ended ? "hade ett kommunalt partnerskap" : "har ett kommunalt partnerskap",
            _ => ended ? "samarbetade" : "samarbetar",
        };
        var when = answers.TryGetValue("since", out var since) && PartialDate.TryParse(since, out var start)
            ? $" {(ended ? "från" : "sedan")} {start.Year}"
            : string.Empty;
        return $"{Swedish.Markdown(ours)} och {Swedish.Markdown(answers["name"])} ({Swedish.Markdown(country)}) {what}{when}.";
    }
}
