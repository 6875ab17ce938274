namespace Portal.Content.FreePages;

/// <summary><c>pages/**/&lt;slug&gt;.md</c>: a free page, placed in the site by its folders (<c>om/kontakt</c>).</summary>
public sealed class PageScaffold() : Scaffold(
    "page",
    "<folder/…/slug>",
    [
        new("title", "TEXT", "Title of the page", Required: true, (text, _) => FieldChecks.Text("title", text)),
    ])
{
    public override SlugCheck CheckSlug(string slug, ScaffoldContext context)
    {
        var parts = slug.Split('/');
        if (parts.Any(p => !Input.Slug.IsValid(p)))
        {
            var suggestion = string.Join('/', parts.Where(p => p.Length > 0).Select(Input.Slug.Suggest));
            return SlugCheck.Invalid($"the slug '{slug}' must be lower-case letters a-z, digits and '-', with '/' between folders; use '{suggestion}'");
        }

        if (SiteRoutes.Reserved.Contains(parts[0]) || context.Languages.Contains(parts[0]))
        {
            return SlugCheck.Invalid($"a free page cannot be named '{parts[0]}': the site uses that name for its own pages; choose another name");
        }

        return SlugCheck.At($"pages/{slug}.md");
    }

    public override string Render(string slug, IReadOnlyDictionary<string, string> answers, ScaffoldContext context) =>
        new StartingFile()
            .Comment("En fri sida. Dess plats på webbplatsen följer mappen under pages/.")
            .Comment(Texts.Comments)
            .Key("title", "Sidans rubrik.", answers["title"])
            .OptionalKeysFollow()
            .OptionalKeys(FreePageDefinition.KeyList)
            .Guidance(
                "Skriv sidans text här, under uppgifterna. Dela gärna upp den med rubriker på nivå två (## Rubrik); "
                + "sidans titel är den enda rubriken på nivå ett. Länka till andra sidor med sökvägen till filen, "
                + "räknat från den här filen.",
                Texts.Source)
            .Paragraph("Texten till sidan är inte skriven ännu.")
            .ToString();
}
