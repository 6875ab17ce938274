namespace Portal.Content.Site;

/// <summary><c>site.yml</c>: the site's settings. Not a kind of content (it becomes no page), but its keys are defined the same way.</summary>
public static class SiteFileDefinition
{
    public static readonly KeyDefinition[] AccessibilityKeys =
    [
        new("contact", KeyTypes.Text, "Var besökare rapporterar brister: e-postadress eller webbadress.", "Where visitors report problems: an e-mail or web address.") { Required = true },
        new("phone", KeyTypes.Text, "Telefonnummer för kontakt.", "Contact phone number."),
        new("compliance", KeyTypes.Enum<Compliance>(), "Hur väl webbplatsen uppfyller lagen", "How far the site complies with the law") { Default = "partial" },
        new("assessed", KeyTypes.Date, "När webbplatsen granskades, ÅÅÅÅ-MM-DD.", "When the site was assessed, YYYY-MM-DD."),
        new("updated", KeyTypes.Date, "När redogörelsen senast uppdaterades, ÅÅÅÅ-MM-DD.", "When the statement was last updated, YYYY-MM-DD."),
    ];

    public static readonly KeyDefinition[] OpenDataKeys =
    [
        new("license", KeyTypes.Url, "Webbadressen (IRI) till den licens som öppna data publiceras under; standard CC0 (http://creativecommons.org/publicdomain/zero/1.0/).", "The address (IRI) of the licence the open data is published under; default CC0 (http://creativecommons.org/publicdomain/zero/1.0/)."),
        new("contact", KeyTypes.Email, "E-postadress som katalogen över öppna data anger som kontakt för dataseten (opendata@kommun.se); standard tillgänglighetskontakten om den är en e-postadress.", "The e-mail address the open-data catalogue gives as its datasets' contact point (opendata@kommun.se); default the accessibility contact when that is an e-mail address."),
    ];

    private const string SizeSwedish = "Ett tal med KB eller MB (2 MB, 512 KB), eller antal byte.";
    private const string SizeEnglish = "A number with KB or MB (2 MB, 512 KB), or a number of bytes.";

    public static readonly KeyDefinition[] LimitKeys =
    [
        new("textFileSize", KeyTypes.Size, $"Största storlek för varje Markdown-fil; standard 512 KB. {SizeSwedish}", $"Largest size of each Markdown file; default 512 KB. {SizeEnglish}"),
        new("dataFileSize", KeyTypes.Size, $"Största storlek för varje fil i data/; standard 2 MB. {SizeSwedish}", $"Largest size of each file in data/; default 2 MB. {SizeEnglish}"),
        new("assetFileSize", KeyTypes.Size, $"Största storlek för varje fil i assets/; standard 100 MB. {SizeSwedish}", $"Largest size of each file in assets/; default 100 MB. {SizeEnglish}"),
        new("tableRows", KeyTypes.Count, "Flest rader i en tabell i data/ (och därmed i ett tabell- eller diagramblock); standard 5000.", "Most rows of a table in data/ (and so of a table or chart block); default 5000."),
        new("tableColumns", KeyTypes.Count, "Flest kolumner i en tabell i data/; standard 100.", "Most columns of a table in data/; default 100."),
        new("chartValues", KeyTypes.Count, "Flest värden som ett diagram ritar (rader gånger serier); standard 1000.", "Most values one chart draws (rows times series); default 1000."),
    ];

    public static readonly KeyDefinition[] KeyList =
    [
        new("title", KeyTypes.LocalizedText, "Portalens namn: en text, eller en text per språk ({sv: …, en: …}).", "The portal's name: a text, or one text per language ({sv: …, en: …}).") { Required = true },
        new("publisher", KeyTypes.Text, "Vem som publicerar portalen (Vänersborgs kommun).", "Who publishes it (Vänersborgs kommun).") { Required = true },
        new("baseUrl", KeyTypes.BaseUrl, "Den fullständiga adress som webbplatsen publiceras på; får ha en sökväg (https://example.org/internationellt/). --base-url på kommandoraden går före. Utan ?fråga och #fragment.", "The absolute address the site is published at; may have a path (https://example.org/internationellt/). --base-url on the command line overrides it. No ?query or #fragment.") { Required = true },
        new("languages", KeyTypes.Languages, "Språk för gränssnitt och innehåll, det första är standardspråket; standard [sv, en]. Språkkoder med två eller tre gemener.", "UI and content languages, the first is the default; default [sv, en]. Language codes of two or three lower-case letters."),
        new("description", KeyTypes.LocalizedText, "Webbplatsens beskrivning: en text, eller en text per språk ({sv: …, en: …}).", "The site's description: a text, or one text per language ({sv: …, en: …})."),
        new("accessibility", KeyTypes.Mapping(AccessibilityKeys), "Uppgifter till tillgänglighetsredogörelsen (sidan med layout: accessibility-statement).", "Facts for the accessibility statement (the page with layout: accessibility-statement)."),
        new("organisationNumber", KeyTypes.OrganisationNumber, "Utgivarens organisationsnummer, 212000-1355; namnger utgivaren i katalogen över öppna data (datasets/dcat.rdf), så att dataportal.se känner igen den.", "The publisher's Swedish organisation number, 212000-1355; names the publisher in the open-data catalogue (datasets/dcat.rdf), so that dataportal.se knows it."),
        new("openData", KeyTypes.Mapping(OpenDataKeys), "Uppgifter till katalogen över öppna data (datasets/dcat.rdf): {license: <licensens IRI>, contact: <e-post>}.", "Facts for the open-data catalogue (datasets/dcat.rdf): {license: <IRI of the data's licence>, contact: <e-mail>}."),
        new("search", KeyTypes.Switch, "Sökfältet i sidhuvudet, söksidan och sökindexet; false stänger av sökningen, till exempel när portalen ligger i en webbplats som har en egen sökning", "The search field in the header, the search page and the search index; false turns search off, where the portal sits in a site with a search of its own, say") { Default = "true" },
        new("limits", KeyTypes.Mapping(LimitKeys), "Gränser för hur stort innehållet får vara, så att ingen fil kan få bygget att ta slut på minne eller tid; en fil över en gräns är ett fel (PT0044, PT0045). Höj en gräns här om det behövs.", "Limits on how big content may be, so that no file can exhaust the build; a file over a limit is an error (PT0044, PT0045). Raise a limit here if need be."),
    ];
}
