using Portal.Content.Site;

namespace Portal.Scaffolding.Repository;

/// <summary>The <c>site.yml</c> that <c>portal init</c> writes, with a Swedish comment above each key.</summary>
/// <param name="Publisher">Who publishes the portal: <c>Lunds kommun</c>.</param>
/// <param name="BaseUrl">The absolute address the site is published at.</param>
/// <param name="Contact">Where visitors report accessibility problems: an e-mail or web address.</param>
/// <param name="OrganisationNumber">The publisher's organisation number, or null to leave the key commented out.</param>
/// <param name="Today">The day the accessibility statement was written.</param>
public sealed record SiteFileText(string Publisher, string BaseUrl, string Contact, string? OrganisationNumber, DateOnly Today)
{
    /// <summary>A valid file to check one answer in: each answer is checked by binding the file it becomes part of.</summary>
    public static SiteFileText Valid { get; } = new("Exempel kommun", "https://example.org/", "info@example.org", null, new DateOnly(2000, 1, 1));

    public override string ToString()
    {
        var lines = new List<string>
        {
            "# Portalens inställningar. Rader som börjar med # är kommentarer. Varje nyckel förklaras i redaktörsguiden",
            "# och, i VS Code, när du håller muspekaren över den.",
            string.Empty,
            "# Portalens namn, på varje språk.",
            "title:",
            $"  sv: {YamlText.Quoted($"Internationella relationer – {Publisher}")}",
            $"  en: {YamlText.Quoted($"International relations – {Publisher}")}",
            "# Vem som publicerar portalen.",
            $"publisher: {YamlText.Scalar(Publisher)}",
            "# Den fullständiga adress som webbplatsen publiceras på. CI-flödena bygger med sin egen adress.",
            $"baseUrl: {YamlText.Scalar(BaseUrl)}",
            "# Språk: det första är standardspråket. Översättningar ligger bredvid originalet: vanda.en.md.",
            "languages: [sv, en]",
            "# Organisationsnumret namnger utgivaren i katalogen över öppna data (dataportal.se).",
            OrganisationNumber is null ? "# organisationNumber: NNNNNN-NNNN" : $"organisationNumber: {OrganisationNumber}",
            "# Uppgifter till tillgänglighetsredogörelsen (input/pages/tillganglighet.md). Fyll i assessed när webbplatsen",
            $"# har granskats; compliance är {Swedish.Choices<Compliance>()}.",
            "accessibility:",
            $"  contact: {YamlText.Scalar(Contact)}",
            "  compliance: partial",
            "  # assessed: ÅÅÅÅ-MM-DD",
            $"  updated: {Today:yyyy-MM-dd}",
            "# Licens och kontakt för öppna data; standard CC0 och kontaktadressen ovan när den är en e-postadress.",
            "# openData:",
            "#   license: http://creativecommons.org/publicdomain/zero/1.0/",
            "#   contact: opendata@kommun.se",
        };
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The file as a build reads it, for checking: its first error, or null.</summary>
    public string? Problem()
    {
        var diagnostics = new DiagnosticBag();
        SiteSettingsBinder.Bind(new SourceFile("site.yml", "site.yml", ToString()), null, diagnostics);
        return diagnostics.Sorted().FirstOrDefault(d => d.Severity == Severity.Error)?.Message;
    }
}
