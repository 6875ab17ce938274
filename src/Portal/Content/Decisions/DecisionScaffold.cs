namespace Portal.Content.Decisions;

/// <summary><c>decisions/&lt;slug&gt;.md</c>: a decision, report or guideline.</summary>
public sealed class DecisionScaffold() : Scaffold(
    "decision",
    "<slug>",
    [
        new("title", "TEXT", "Title of the decision or document", Required: true, (text, _) => FieldChecks.Text("title", text)),
        new("municipality", "SLUG", "Municipality that decided or wrote it, the slug of a file in municipalities/, such as huddinge", Required: true, FieldChecks.Municipality),
        new("decided-by", "TEXT", "Who decided or wrote it, such as Kommunstyrelsen", Required: true, (text, _) => FieldChecks.Text("body", text)),
        new("date", "YYYY-MM-DD", "Date, YYYY-MM-DD", Required: true, (text, _) => FieldChecks.Date("date", text)),
        new("kind", "KIND", $"Kind, one of: {string.Join(", ", KebabName.All<DecisionKind>())}", Required: false, (text, _) => FieldChecks.Enum<DecisionKind>("kind", text)),
        new("concerns", "REFS", "What it concerns: relationships such as huddinge/vanda and networks such as eurocities, separated by commas", Required: false, FieldChecks.Concerns),
    ])
{
    public override SlugCheck CheckSlug(string slug, ScaffoldContext context) =>
        SlugCheck.InFolder("decisions", slug);

    public override string? NextStep(IReadOnlyDictionary<string, string> answers) =>
        answers.ContainsKey("concerns") ? null : "It concerns nothing yet: add the relationships and networks it is about under 'concerns:'.";

    public override string Render(string slug, IReadOnlyDictionary<string, string> answers, ScaffoldContext context)
    {
        var kind = answers.TryGetValue("kind", out var given) && KebabName.TryParse<DecisionKind>(given, out var parsed) ? parsed : DecisionKind.Decision;
        var concerns = answers.TryGetValue("concerns", out var list) ? list.Split(',') : [];
        var file = new StartingFile()
            .Comment("Ett beslut, en rapport eller en riktlinje.")
            .Comment(Texts.Comments)
            .Key("title", "Ärendets eller dokumentets rubrik.", answers["title"])
            .Key("municipality", "Kommunen som fattade beslutet eller skrev dokumentet: filnamnet utan .md på en fil i municipalities/.", answers["municipality"], raw: true)
            .Key("body", "Vem som beslutade eller skrev: Kommunstyrelsen.", answers["decided-by"])
            .Key("date", "Datum: ÅÅÅÅ-MM-DD, till exempel 2024-01-17. Bara årtal räcker inte här.", answers["date"], raw: true);
        if (answers.ContainsKey("kind"))
        {
            file.Key("kind", $"Vilken sorts dokument: {Swedish.Choices<DecisionKind>()}.", KebabName.Of(kind), raw: true);
        }

        if (concerns.Length > 0)
        {
            file.List("concerns", Texts.Concerns, concerns);
        }

        file.OptionalKeysFollow()
            .OptionalKeys(DecisionDefinition.KeyList, answers.ContainsKey("kind") ? "kind" : string.Empty, concerns.Length > 0 ? "concerns" : string.Empty)
            .Guidance(
                "Skriv här vad ärendet gällde, vad som beslutades eller kom fram och varför. Dela gärna upp texten med "
                + "rubriker på nivå två (## Beslut). Länka till relationer och nätverk med sökvägen till filen: [Vanda](../partners/huddinge/vanda.md).",
                Texts.Source);
        var municipality = context.TextOf($"municipalities/{answers["municipality"]}.md", "name") ?? answers["municipality"];
        var date = Swedish.Date(DateOnly.ParseExact(answers["date"], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var by = $"{Swedish.Markdown(answers["decided-by"])} i {Swedish.Markdown(municipality)}";
        file.Paragraph(kind switch
        {
            DecisionKind.Report => $"{by} skrev rapporten, som är daterad den {date}.",
            DecisionKind.Guideline => $"{by} antog riktlinjen den {date}.",
            _ => $"{by} fattade beslutet den {date}.",
        });
        if (concerns.Length > 0)
        {
            var subject = kind switch { DecisionKind.Report => "Rapporten", DecisionKind.Guideline => "Riktlinjen", _ => "Beslutet" };
            file.Paragraph($"{subject} gäller {Swedish.List(concerns.Select(c => Link(c, context)).ToList())}.");
        }

        return file.ToString();
    }

    /// <summary>A Markdown link to what a decision concerns, by the path of its file: <c>[Vanda](../partners/huddinge/vanda.md)</c>.</summary>
    private static string Link(string reference, ScaffoldContext context)
    {
        var path = reference.Contains('/') ? $"partners/{reference}.md" : $"networks/{reference}.md";
        var name = context.TextOf(path, "name") ?? reference;
        return $"[{Swedish.Markdown(name)}](../{path})";
    }
}
