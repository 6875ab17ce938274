using Portal.FrontMatter;


namespace Portal.Content.CountryIntros;

/// <summary><c>countries/&lt;iso2&gt;.md</c>: the introduction of a country page, which needs no key.</summary>
public sealed class CountryScaffold() : Scaffold(
    "country",
    "<iso2>",
    [])
{
    public override SlugCheck CheckSlug(string slug, ScaffoldContext context)
    {
        var code = slug.ToUpperInvariant();
        if (!context.Countries.IsKnown(code))
        {
            return SlugCheck.Invalid($"'{slug}' is not an ISO 3166-1 alpha-2 country code; a country file is named by its code (dk, ax){Binding.NearestMatch.Hint(code, context.Countries.Codes)}");
        }

        if (slug != code.ToLowerInvariant())
        {
            return SlugCheck.Invalid($"a country file is named by its code in lower case; use '{code.ToLowerInvariant()}'");
        }

        // A country has a page only with a relationship or a network seat; an introduction for another is shown nowhere.
        var shown = context.Originals(ContentKind.Relationship).Concat(context.Originals(ContentKind.Network))
            .Any(d => d.Document.Keys.Find("country")?.Value is YamlScalar { Text: var text } && text.Trim() == code);
        return shown
            ? SlugCheck.At($"countries/{slug}.md")
            : SlugCheck.Missing($"no page would show this introduction: no relationship lies in {code} and no network has its seat there; add the relationship first: portal new relationship <municipality>/<slug> --country {code}");
    }

    public override string Render(string slug, IReadOnlyDictionary<string, string> answers, ScaffoldContext context)
    {
        var name = context.Countries.NameOf(slug.ToUpperInvariant(), "sv");
        return new StartingFile()
            .Comment($"Inledningen till landsidan för {name}. Filnamnet anger landet, så ingen nyckel behövs.")
            .Comment(Texts.Comments)
            .OptionalKeysFollow()
            .OptionalKeys(CountryIntroDefinition.KeyList)
            .Guidance(
                "Skriv här en kort inledning om kommunernas samarbeten i landet. Sidan visar själv alla relationer "
                + "och nätverk i landet under inledningen.",
                Texts.Source)
            .Paragraph($"Här beskrivs kommunernas samarbeten med orter i {Swedish.Markdown(name)}.")
            .ToString();
    }
}
