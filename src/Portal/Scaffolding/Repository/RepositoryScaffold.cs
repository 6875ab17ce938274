using Portal.Content.Municipalities;
using Portal.Content.Schemas;
using Portal.Input;
using Portal.Pages.Views;

namespace Portal.Scaffolding.Repository;

/// <summary>
/// <c>portal init &lt;folder&gt;</c>: a municipality's content repository, ready to preview, check, commit and publish.
/// The values it needs are checked by the rules a build applies (each one in the file it becomes part of), and what
/// it writes passes <c>portal check</c> as it stands. Pure: the command does the asking and the writing.
/// </summary>
public static class RepositoryScaffold
{
    /// <summary>The content folder in the new repository, where <c>portal</c> looks by default.</summary>
    public const string ContentFolder = "input";

    /// <summary>Where the schemas go in the new repository, beside the editor settings that use them.</summary>
    public const string SchemaFolder = ".vscode/schemas";

    private static readonly MunicipalityScaffold Municipality = new();

    /// <summary>The values asked for, in the order they are asked: the site's, then its first municipality's.</summary>
    public static IReadOnlyList<ScaffoldField> Fields { get; } =
    [
        new("publisher", "TEXT", "Who publishes the portal, such as Lunds kommun", Required: true, (text, _) => Site(text, s => s with { Publisher = text.Trim() })),
        new("base-url", "URL", "The address the site will be published at, such as https://www.lund.se/internationellt/", Required: true, (text, _) => Site(text, s => s with { BaseUrl = text.Trim() })),
        .. Municipality.Fields,
        new("contact", "ADDRESS", "Where visitors report accessibility problems: an e-mail or web address (default the site's own address)", Required: false, (text, _) => Site(text, s => s with { Contact = text.Trim() })),
        new("organisation-number", "NNNNNN-NNNN", "The publisher's organisation number, such as 212000-1355", Required: false, (text, _) => Site(text, s => s with { OrganisationNumber = text.Trim() })),
    ];

    /// <summary>The municipality's position must lie in Sweden, as a build checks it.</summary>
    public static CombinedProblem? CheckTogether(IReadOnlyDictionary<string, string> answers, ScaffoldContext context) =>
        Municipality.CheckTogether(answers, context);

    /// <summary>The municipality's slug, from its name: <c>Malmö</c> → <c>malmo</c>.</summary>
    public static string MunicipalitySlug(IReadOnlyDictionary<string, string> answers) => Slug.Suggest(answers["name"]);

    /// <summary>Where visitors report accessibility problems when no contact is given: the site's own host.</summary>
    public static string DefaultContact(string baseUrl) => new Uri(baseUrl).GetLeftPart(UriPartial.Authority) + "/";

    /// <summary>Every file of the new repository, by its path relative to the repository, from checked answers.</summary>
    public static IReadOnlyList<RepositoryFile> Render(IReadOnlyDictionary<string, string> answers, ToolPackage tool, DateOnly today, ScaffoldContext context)
    {
        var publisher = answers["publisher"];
        var slug = MunicipalitySlug(answers);
        var site = new SiteFileText(publisher, answers["base-url"], answers.GetValueOrDefault("contact") ?? DefaultContact(answers["base-url"]), answers.GetValueOrDefault("organisation-number"), today);
        var workspace = new EditorWorkspace($"./{SchemaFolder}/", $"{ContentFolder}/", "dotnet portal");
        string Fill(string template) => RepositoryTemplates.Read(template)
            .Replace("{{publisher_genitive}}", Genitive.Swedish(publisher), StringComparison.Ordinal)
            .Replace("{{publisher}}", publisher, StringComparison.Ordinal)
            .Replace("{{municipality}}", slug, StringComparison.Ordinal)
            .Replace("{{name}}", answers["name"], StringComparison.Ordinal)
            .Replace("{{repository}}", tool.RepositoryUrl, StringComparison.Ordinal)
            .Replace("{{package}}", tool.Id.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{{version}}", tool.Version, StringComparison.Ordinal);

        return
        [
            new($"{ContentFolder}/site.yml", site.ToString()),
            new($"{ContentFolder}/municipalities/{slug}.md", Municipality.Render(slug, answers, context)),
            new($"{ContentFolder}/pages/tillganglighet.md", AccessibilityStatement()),
            new($"{ContentFolder}/pages/tillganglighet.en.md", AccessibilityStatementInEnglish()),
            new("README.md", Fill("README.md")),
            new(".gitignore", Fill("gitignore")),
            new(".config/dotnet-tools.json", Fill("dotnet-tools.json")),
            new(".github/workflows/portal.yml", Fill("portal.yml")),
            new(".gitlab-ci.yml", Fill("gitlab-ci.yml")),
            new(".vscode/settings.json", workspace.Settings()),
            new(".vscode/extensions.json", EditorWorkspace.Extensions()),
            new(".vscode/tasks.json", workspace.Tasks()),
            .. SchemaWriter.All().Select(schema => new RepositoryFile($"{SchemaFolder}/{schema.Key}", schema.Value)),
        ];
    }

    /// <summary>One answer checked in the site.yml it becomes part of, the other values being valid.</summary>
    private static FieldValue Site(string text, Func<SiteFileText, SiteFileText> with)
    {
        if (text.Any(char.IsControl))
        {
            return FieldValue.Bad("the answer must be one line of text");
        }

        if (text.Trim().Length == 0)
        {
            return FieldValue.Bad("the answer must not be empty");
        }

        return with(SiteFileText.Valid).Problem() is { } problem ? FieldValue.Bad(problem) : FieldValue.Ok(text.Trim());
    }

    /// <summary>The accessibility statement: the theme writes the parts the law prescribes from site.yml, the editor the shortcomings.</summary>
    private static string AccessibilityStatement() =>
        new StartingFile()
            .Comment("Tillgänglighetsredogörelsen, som lagen om tillgänglighet till digital offentlig service kräver. Sidmallen skriver "
                + "de delar som Myndigheten för digital förvaltnings (DIGG) mall föreskriver, med uppgifterna under accessibility i site.yml. "
                + "Texten nedan är avsnittet om brister.")
            .Comment(Texts.Comments)
            .Key("title", "Sidans rubrik.", "Tillgänglighetsredogörelse")
            .Key("summary", Texts.Summary, YamlText.Quoted("Hur tillgänglig den här webbplatsen är, vilka brister vi känner till och hur du kan kontakta oss om du inte kan använda den."), raw: true)
            .Key("order", "Plats i menyn och listor: lägre tal kommer först.", "90", raw: true)
            .Key("layout", "Sidmallen för en tillgänglighetsredogörelse.", "accessibility-statement")
            .Guidance(
                "Beskriv här de brister ni känner till: vad som inte är tillgängligt, varför, och när ni räknar med att ha åtgärdat det. "
                + "Ange också innehåll som inte omfattas av lagen. Uppdatera updated i site.yml när du ändrar texten, och assessed när "
                + "webbplatsen har granskats.")
            .Paragraph("Vi har ännu inte granskat webbplatsen. Den är byggd för att uppfylla WCAG 2.2 nivå AA, "
                + "men vi känner inte till resultatet av en granskning ännu. Brister som vi hittar beskriver vi här.")
            .ToString();

    /// <summary>The statement's English translation, so that the English pages link to it by an English name.</summary>
    private static string AccessibilityStatementInEnglish() =>
        new StartingFile()
            .Comment("Den engelska översättningen av tillgänglighetsredogörelsen. Den behöver bara de nycklar som översätts; "
                + "sidmallen skriver lagens delar på engelska. Texten nedan är avsnittet om brister, på engelska.")
            .Key("title", "Sidans rubrik på engelska.", "Accessibility statement")
            .Key("summary", Texts.Summary, YamlText.Quoted("How accessible this website is, the shortcomings we know of, and how to contact us if you cannot use it."), raw: true)
            .Guidance("Skriv samma sak som i tillganglighet.md, på engelska, och ändra båda filerna samtidigt.")
            .Paragraph("We have not yet reviewed this website. It is built to meet WCAG 2.2 level AA, "
                + "but we do not yet know the result of a review. Shortcomings we find are described here.")
            .ToString();
}

/// <summary>A file of a new repository: its path relative to the repository, with '/', and its text.</summary>
public sealed record RepositoryFile(string Path, string Text);

/// <summary>The tool package that runs portal, as its project file names it: the manifest pins it, the README links to its repository.</summary>
public sealed record ToolPackage(string Id, string Version, string RepositoryUrl);
