using System.Text;

namespace Portal.Tests.Content.Schemas;

/// <summary>
/// The schemas in schemas/ and the generator agree: a file the schema rejects is a file the build reports an error
/// at, and a file the build reports a schema-expressible error at is a file the schema rejects. Checked for every file
/// of the repository's input/, for every bad-content fixture (laid over the minimal content, as BadContentFixtureTests
/// does), and for the small cases below, which exercise each schema rule both ways. Each build is a check (no maps).
/// </summary>
[TestFixture]
public sealed class SchemaAgreementTests
{
    /// <summary>Errors that mean the YAML could not be read at all: the validator must fail to parse the file too.</summary>
    public static readonly IReadOnlySet<string> ParseCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        DiagnosticCodes.MissingFrontMatter, DiagnosticCodes.UnclosedFrontMatter, DiagnosticCodes.YamlSyntax,
        DiagnosticCodes.DuplicateKey, DiagnosticCodes.InvalidEncoding, DiagnosticCodes.EmptyFile, DiagnosticCodes.YamlAliasLimit,
    };

    /// <summary>Errors about one file's own keys and values, which a schema can express: the schema must reject the file.</summary>
    public static readonly IReadOnlySet<string> SchemaCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        DiagnosticCodes.MissingKey, DiagnosticCodes.InvalidValue, DiagnosticCodes.WrongType, DiagnosticCodes.InvalidDate,
        DiagnosticCodes.InvalidCoordinate, DiagnosticCodes.UnknownCountry, DiagnosticCodes.InvalidUrl, DiagnosticCodes.TranslatedFact,
        DiagnosticCodes.SpreadsheetFormula,
    };

    /// <summary>
    /// Codes a schema cannot express, and why. A schema sees one file's YAML: not its name, not other files, not the
    /// rendered pages. A schema rejection may still go with PT0013 or PT0023: a reference or document path that breaks
    /// the schema's pattern names no file that can exist.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ExcludedCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DiagnosticCodes.InvalidFileName] = "the file or folder name, not the front matter",
        [DiagnosticCodes.UnknownKey] = "a warning: the contract welcomes extra keys, so the schemas allow them",
        [DiagnosticCodes.UntilBeforeSince] = "compares two values (until before since)",
        [DiagnosticCodes.UnknownReference] = "a reference to another file (municipality, network, decision, relationship, partners/<folder>)",
        [DiagnosticCodes.BrokenLink] = "a link in the Markdown text",
        [DiagnosticCodes.RawHtmlRemoved] = "a warning about the Markdown text",
        [DiagnosticCodes.UnsafeUrl] = "a link in the Markdown text",
        [DiagnosticCodes.TranslationWithoutOriginal] = "whether another file exists",
        [DiagnosticCodes.DataTable] = "data files and table blocks in the text",
        [DiagnosticCodes.DocumentPath] = "whether a file under assets/ exists",
        [DiagnosticCodes.RouteConflict] = "the file name against the site's own pages",
        [DiagnosticCodes.UnknownLanguage] = "the file name against site.yml's languages",
        [DiagnosticCodes.UnexpectedFile] = "where the file lies",
        [DiagnosticCodes.Theme] = "the theme, not the content",
        [DiagnosticCodes.OutputFolder] = "the command line, not the content",
        [DiagnosticCodes.DuplicateId] = "the rendered page",
        [DiagnosticCodes.ExternalResource] = "an image in the Markdown text",
        [DiagnosticCodes.HeadingLevel] = "a warning about the Markdown text",
        [DiagnosticCodes.LocationOutsideCountry] = "a warning, from the country's borders",
        [DiagnosticCodes.EndedWithoutUntil] = "a warning that compares two keys (status: ended without until)",
        [DiagnosticCodes.DateInFuture] = "a warning against the build's date",
        [DiagnosticCodes.RelationshipWithoutText] = "a warning about the Markdown text",
        [DiagnosticCodes.DecisionConcernsNothing] = "a warning that looks at other files' decisions",
        [DiagnosticCodes.DuplicatePartner] = "a warning that compares files",
        [DiagnosticCodes.TooDeeplyNested] = "the Markdown text",
        [DiagnosticCodes.NotARegularFile] = "what the file is (a link, a pipe), not what it holds",
        [DiagnosticCodes.AssetType] = "a file under assets/",
        [DiagnosticCodes.UnsafeSvg] = "an SVG file under assets/",
        [DiagnosticCodes.FileTooLarge] = "the file's size",
        [DiagnosticCodes.TableLimit] = "data files and chart blocks in the text",
        [DiagnosticCodes.ControlCharacter] = "the file's characters and name, checked before its YAML is read",
        [DiagnosticCodes.LongDefinitionRun] = "the Markdown text",
        [DiagnosticCodes.ContentFolderMissing] = "the command line, not the content",
        [DiagnosticCodes.UnusedCountryIntro] = "a warning that looks at other files' countries",
        [DiagnosticCodes.ContentUnreadable] = "the operating system, not the content",
        [DiagnosticCodes.AccessibilityFactsMissing] = "a page with layout: accessibility-statement needs accessibility: in site.yml (another file)",
        [DiagnosticCodes.MissingUiString] = "the theme, not the content",
        [DiagnosticCodes.HistoryDisagrees] = "compares a history's entries with each other and with status, since and until",
        [DiagnosticCodes.OpenDataCatalogue] = "a check digit, which a pattern cannot compute, and warnings of keys the open-data catalogue lacks, against the site's address",
    };

    // PT0016 too: an address with a scheme other than http(s) in website, baseUrl or documents breaks the schema's pattern.
    private static readonly HashSet<string> RejectionCodes = [.. SchemaCodes, DiagnosticCodes.UnknownReference, DiagnosticCodes.DocumentPath, DiagnosticCodes.UnsafeUrl];

    private const string Vanda = "partners/huddinge/vanda.md";
    private const string VandaEn = "partners/huddinge/vanda.en.md";
    private const string Vanersborg = "municipalities/vanersborg.md";
    private const string Chain = "networks/nordiska-vanortskedjan.md";
    private const string Decision = "decisions/huddinge-avslutar.md";
    private const string About = "pages/om.md";
    private const string Finland = "countries/fi.md";
    private const string Site = "site.yml";
    private const string SiteWithoutTitle = "publisher: Testkommunen\nbaseUrl: https://example.org/portal/\nlanguages: [sv, en]\n";

    private Dictionary<string, CaseResult> _results = null!;

    private static string FixturesDirectory =>
        Path.Combine(Path.GetDirectoryName(typeof(SchemaAgreementTests).Assembly.Location)!, "Fixtures", "BadContent");

    /// <summary>
    /// A change to the minimal content and the file it is about. <paramref name="Known"/> marks a documented
    /// disagreement: the test then checks the disagreement is still exactly as documented.
    /// </summary>
    public sealed record Case(string Name, string File, Func<TempContent, TempContent> Change, Known? Known = null);

    /// <summary>
    /// A documented disagreement. <paramref name="Kind"/>: "generator" when the generator is wrong and the schema follows
    /// the contract; "lexical" when the schema sees YAML 1.2's parsed value and cannot tell spellings apart; "schema"
    /// when the schema is stricter than the generator by its format; "cross-key" when the rule spans two keys.
    /// </summary>
    public sealed record Known(bool SchemaValid, bool GeneratorErrors, string Kind, string Why);

    private sealed record CaseResult(IReadOnlyList<(string File, SchemaVerdict Verdict)> Verdicts, IReadOnlyList<Diagnostic> Diagnostics, Known? Known);

    public static IEnumerable<Case> InlineCases()
    {
        static Func<TempContent, TempContent> Line(string file, int line, string text) => c => c.WithLine(file, line, text);

        // Relationship: required keys, types, enums, dates, coordinates, country, URLs, integers, lists.
        yield return new("relationship: as in the minimal content", Vanda, c => c);
        yield return new("relationship: name missing", Vanda, Line(Vanda, 2, "# name removed"));
        yield return new("relationship: name empty", Vanda, Line(Vanda, 2, "name: \"\""));
        yield return new("relationship: name blank", Vanda, Line(Vanda, 2, "name: \"   \""));
        yield return new("relationship: name a number", Vanda, Line(Vanda, 2, "name: 1946"));
        yield return new("relationship: name a map", Vanda, Line(Vanda, 2, "name: {sv: Vanda}"));
        yield return new("relationship: name starts like a formula", Vanda, Line(Vanda, 2, "name: \"=HYPERLINK(\"\"https://evil.example\"\")\""));
        yield return new("relationship: name starts with a minus", Vanda, Line(Vanda, 2, "name: \"-Vanda\""));
        yield return new("relationship: name a negative number", Vanda, Line(Vanda, 2, "name: -5"));
        yield return new("relationship: name with a hyphen inside", Vanda, Line(Vanda, 2, "name: Vanda-Vantaa"));
        yield return new("relationship: localName starts with @", Vanda, Line(Vanda, 3, "localName: \"@SUM(1)\""));
        yield return new("relationship: region starts with +", Vanda, Line(Vanda, 3, "localName: Vantaa\nregion: \"+Nyland\""));
        yield return new("relationship: localName empty", Vanda, Line(Vanda, 3, "localName:"));
        yield return new("relationship: localName a list", Vanda, Line(Vanda, 3, "localName: [Vantaa]"));
        yield return new("relationship: type missing", Vanda, Line(Vanda, 6, "# type removed"));
        yield return new("relationship: type empty", Vanda, Line(Vanda, 6, "type:"));
        yield return new("relationship: type in upper case", Vanda, Line(Vanda, 6, "type: Twin-town"));
        yield return new("relationship: type in Swedish", Vanda, Line(Vanda, 6, "type: vänort"));
        yield return new("relationship: type a list", Vanda, Line(Vanda, 6, "type: [twin-town]"));
        foreach (var value in KebabName.All<RelationshipType>())
        {
            yield return new($"relationship: type {value}", Vanda, Line(Vanda, 6, $"type: {value}"));
        }

        yield return new("relationship: status missing", Vanda, Line(Vanda, 7, "# status removed"));
        yield return new("relationship: status unknown", Vanda, Line(Vanda, 7, "status: avslutad"));
        foreach (var value in KebabName.All<RelationshipStatus>())
        {
            yield return new($"relationship: status {value}", Vanda, Line(Vanda, 7, $"status: {value}"));
        }

        yield return new("relationship: since a quoted year", Vanda, Line(Vanda, 8, "since: \"1946\""));
        yield return new("relationship: since a date", Vanda, Line(Vanda, 8, "since: 1946-05-01"));
        yield return new("relationship: since a leap day", Vanda, Line(Vanda, 8, "since: 2020-02-29"));
        yield return new("relationship: since not a leap day", Vanda, Line(Vanda, 8, "since: 2021-02-29"));
        yield return new("relationship: since month 13", Vanda, Line(Vanda, 8, "since: 1946-13-01"));
        yield return new("relationship: since without leading zeros", Vanda, Line(Vanda, 8, "since: 1946-5-1"));
        yield return new("relationship: since two digits", Vanda, Line(Vanda, 8, "since: 46"));
        yield return new("relationship: since five digits", Vanda, Line(Vanda, 8, "since: 19460"));
        yield return new("relationship: since a decade", Vanda, Line(Vanda, 8, "since: 1940-talet"));
        yield return new("relationship: since empty", Vanda, Line(Vanda, 8, "since:"));
        yield return new("relationship: until a year", Vanda, Line(Vanda, 9, "until: 2024"));
        yield return new("relationship: until a date and time", Vanda, Line(Vanda, 9, "until: 2024-01-17T10:00"));
        yield return new("relationship: country AX", Vanda, Line(Vanda, 4, "country: AX"));
        yield return new("relationship: country NO unquoted", Vanda, Line(Vanda, 4, "country: NO"));
        yield return new("relationship: country quoted", Vanda, Line(Vanda, 4, "country: \"FI\""));
        yield return new("relationship: country a name", Vanda, Line(Vanda, 4, "country: Finland"));
        yield return new("relationship: country alpha-3", Vanda, Line(Vanda, 4, "country: FIN"));
        yield return new("relationship: country empty", Vanda, Line(Vanda, 4, "country:"));
        yield return new("relationship: location quoted numbers", Vanda, Line(Vanda, 5, "location: {lat: \"60.29\", lon: \"25.04\"}"));
        yield return new("relationship: location whole degrees", Vanda, Line(Vanda, 5, "location: {lat: 60, lon: 25}"));
        yield return new("relationship: location at the limits", Vanda, Line(Vanda, 5, "location: {lat: -90, lon: 180}"));
        yield return new("relationship: location in block style", Vanda, Line(Vanda, 5, "location:\n  lat: 60.29\n  lon: 25.04"));
        yield return new("relationship: lat above 90", Vanda, Line(Vanda, 5, "location: {lat: 90.5, lon: 25.04}"));
        yield return new("relationship: lat below -90", Vanda, Line(Vanda, 5, "location: {lat: -91, lon: 25.04}"));
        yield return new("relationship: lon above 180", Vanda, Line(Vanda, 5, "location: {lat: 60.29, lon: 180.01}"));
        yield return new("relationship: lon below -180", Vanda, Line(Vanda, 5, "location: {lat: 60.29, lon: -200}"));
        yield return new("relationship: quoted lat above 90", Vanda, Line(Vanda, 5, "location: {lat: \"91\", lon: 25.04}"));
        yield return new("relationship: lat with a decimal comma", Vanda, Line(Vanda, 5, "location: {lat: \"60,29\", lon: 25.04}"));
        yield return new("relationship: location with decimal commas", Vanda, Line(Vanda, 5, "location: {lat: 60,29, lon: 25,04}"));
        yield return new("relationship: lat misspelt", Vanda, Line(Vanda, 5, "location: {lta: 60.29, lon: 25.04}"));
        yield return new("relationship: status misspelt", Vanda, Line(Vanda, 7, "stauts: ended"));
        yield return new("relationship: lat in degrees and minutes", Vanda, Line(Vanda, 5, "location: {lat: 60°17'N, lon: 25.04}"));
        yield return new("relationship: lon missing", Vanda, Line(Vanda, 5, "location: {lat: 60.29}"));
        yield return new("relationship: location a list", Vanda, Line(Vanda, 5, "location: [60.29, 25.04]"));
        yield return new("relationship: location text", Vanda, Line(Vanda, 5, "location: 60.29, 25.04"));
        yield return new("relationship: location missing", Vanda, Line(Vanda, 5, "# location removed"));
        yield return new("relationship: every area", Vanda, Line(Vanda, 10, $"areas: [{string.Join(", ", KebabName.All<CooperationArea>())}]"));
        yield return new("relationship: one area without a list", Vanda, Line(Vanda, 10, "areas: culture"));
        yield return new("relationship: no areas", Vanda, Line(Vanda, 10, "areas: []"));
        yield return new("relationship: an unknown area", Vanda, Line(Vanda, 10, "areas: [culture, sports]"));
        yield return new("relationship: areas a map", Vanda, Line(Vanda, 10, "areas: {culture: yes}"));
        yield return new("relationship: every financing", Vanda, Line(Vanda, 11, $"financing: [{string.Join(", ", KebabName.All<FinancingSource>())}]"));
        yield return new("relationship: financing with an empty item", Vanda, Line(Vanda, 11, "financing: [own-funds, ~]"));
        yield return new("relationship: financing unknown", Vanda, Line(Vanda, 11, "financing: [eu-funds]"));
        yield return new("relationship: network not a slug", Vanda, Line(Vanda, 12, "network: Nordiska vänortskedjan"));
        yield return new("relationship: network a list", Vanda, Line(Vanda, 12, "network: [nordiska-vanortskedjan]"));
        yield return new("relationship: one decision without a list", Vanda, Line(Vanda, 13, "decisions: huddinge-avslutar"));
        yield return new("relationship: memberCount", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\nmemberCount: 12\nmemberCountYear: 2018"));
        yield return new("relationship: memberCount quoted", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\nmemberCount: \"12\""));
        yield return new("relationship: memberCount negative", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\nmemberCount: -1"));
        yield return new("relationship: memberCount text", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\nmemberCount: many"));
        yield return new("relationship: memberCount a fraction", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\nmemberCount: 1.5"));
        yield return new("relationship: memberCountYear below 1000", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\nmemberCountYear: 999"));
        yield return new("relationship: website", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\nwebsite: https://www.vantaa.fi/"));
        yield return new("relationship: website without scheme", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\nwebsite: www.vantaa.fi"));
        yield return new("relationship: website ftp", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\nwebsite: ftp://www.vantaa.fi/"));
        yield return new("relationship: an extra key", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\npopulation: 240000"));
        yield return new("relationship: front matter a list", Vanda, c => c.With(Vanda, "---\n- name: Vanda\n---\nText."));

        // Municipality.
        yield return new("municipality: name missing", Vanersborg, Line(Vanersborg, 2, "county: Västra Götalands län"));
        yield return new("municipality: name starts like a formula", Vanersborg, Line(Vanersborg, 2, "name: \"=1+1\""));
        yield return new("municipality: location missing", Vanersborg, Line(Vanersborg, 3, "county: Västra Götalands län"));
        yield return new("municipality: kind empty", Vanersborg, Line(Vanersborg, 4, "kind:"));
        yield return new("municipality: kind in Swedish", Vanersborg, Line(Vanersborg, 4, "kind: kommun"));
        foreach (var value in KebabName.All<MunicipalityKind>())
        {
            yield return new($"municipality: kind {value}", Vanersborg, Line(Vanersborg, 4, $"kind: {value}"));
        }

        yield return new("municipality: website", Vanersborg, Line(Vanersborg, 4, "website: https://www.vanersborg.se/"));
        yield return new("municipality: website relative", Vanersborg, Line(Vanersborg, 4, "website: /kommun"));
        yield return new("municipality: county a list", Vanersborg, Line(Vanersborg, 4, "county: [Västra Götalands län]"));

        // Network and its members.
        yield return new("network: kind missing", Chain, Line(Chain, 3, "# kind removed"));
        yield return new("network: kind unknown", Chain, Line(Chain, 3, "kind: chain"));
        foreach (var value in KebabName.All<NetworkKind>())
        {
            yield return new($"network: kind {value}", Chain, Line(Chain, 3, $"kind: {value}"));
        }

        yield return new("network: country empty", Chain, Line(Chain, 4, "country:"));
        yield return new("network: country unknown", Chain, Line(Chain, 4, "country: XX"));
        yield return new("network: location", Chain, Line(Chain, 4, "country: DK\nlocation: {lat: 55.68, lon: 12.57}"));
        yield return new("network: location out of range", Chain, Line(Chain, 4, "country: DK\nlocation: {lat: 55.68, lon: 212.57}"));
        yield return new("network: members empty", Chain, c => c.With(Chain, "---\nname: Nordiska vänortskedjan\nkind: twinning-chain\nmembers:\n---\nText."));
        yield return new("network: members a single value", Chain, c => c.With(Chain, "---\nname: Nordiska vänortskedjan\nkind: twinning-chain\nmembers: vanersborg\n---\nText."));
        yield return new("network: a member not a map", Chain, Line(Chain, 6, "  - vanersborg"));
        yield return new("network: a member without municipality", Chain, Line(Chain, 6, "  - municipality:"));
        yield return new("network: a member since a date", Chain, Line(Chain, 7, "    since: 1946-05-01"));
        yield return new("network: a member since not a date", Chain, Line(Chain, 7, "    since: 1946-05"));
        yield return new("network: a member's role a list", Chain, Line(Chain, 8, "    role: [grundare]"));
        yield return new("network: a member's extra key", Chain, Line(Chain, 8, "    role: grundare\n    note: x"));

        // Decision.
        yield return new("decision: title missing", Decision, Line(Decision, 2, "# title removed"));
        yield return new("decision: municipality empty", Decision, Line(Decision, 3, "municipality:"));
        yield return new("decision: municipality a list", Decision, Line(Decision, 3, "municipality: [huddinge]"));
        yield return new("decision: body missing", Decision, Line(Decision, 4, "# body removed"));
        yield return new("decision: date quoted", Decision, Line(Decision, 5, "date: \"2024-01-17\""));
        yield return new("decision: date a year", Decision, Line(Decision, 5, "date: 2024"));
        yield return new("decision: date Swedish style", Decision, Line(Decision, 5, "date: 17/1 2024"));
        yield return new("decision: date not a leap day", Decision, Line(Decision, 5, "date: 2023-02-29"));
        yield return new("decision: date missing", Decision, Line(Decision, 5, "# date removed"));
        yield return new("decision: kind unknown", Decision, Line(Decision, 6, "kind: beslut"));
        foreach (var value in KebabName.All<DecisionKind>())
        {
            yield return new($"decision: kind {value}", Decision, Line(Decision, 6, $"kind: {value}"));
        }

        yield return new("decision: reference a number", Decision, Line(Decision, 7, "reference: 2010"));
        yield return new("decision: concerns three parts", Decision, Line(Decision, 9, "  - huddinge/vanda/extra"));
        yield return new("decision: concerns a single value", Decision, c => c.WithLine(Decision, 8, "concerns: huddinge/vanda").WithLine(Decision, 9, "").WithLine(Decision, 10, ""));
        yield return new("decision: document http", Decision, Line(Decision, 13, "  - http://example.org/beslut.pdf"));
        yield return new("decision: document mailto", Decision, Line(Decision, 13, "  - mailto:ks@huddinge.se"));
        yield return new("decision: document ftp", Decision, Line(Decision, 13, "  - ftp://example.org/beslut.pdf"));
        yield return new("decision: document a map", Decision, Line(Decision, 13, "  - {url: https://example.org/beslut.pdf}"));

        // Free page.
        yield return new("page: title missing", About, Line(About, 2, "summary: Om portalen"));
        yield return new("page: title a list", About, Line(About, 2, "title: [Om, portalen]"));
        yield return new("page: order", About, Line(About, 2, "title: Om portalen\norder: 20"));
        yield return new("page: order negative", About, Line(About, 2, "title: Om portalen\norder: -5"));
        yield return new("page: order text", About, Line(About, 2, "title: Om portalen\norder: first"));
        yield return new("page: order a fraction", About, Line(About, 2, "title: Om portalen\norder: 1.5"));
        yield return new("page: layout unknown", About, Line(About, 2, "title: Om portalen\nlayout: statement"));
        foreach (var value in KebabName.All<PageLayout>())
        {
            yield return new($"page: layout {value}", About, c => c
                .WithLine(About, 2, $"title: Om portalen\nlayout: {value}")
                .WithLine(Site, 6, "languages: [sv, en]\naccessibility: {contact: tillganglighet@example.org}"));
        }

        yield return new("page: statement without site.yml's accessibility", About, Line(About, 2, "title: Om portalen\nlayout: accessibility-statement"));

        // Country introduction.
        yield return new("country: summary", Finland, c => c.With(Finland, "---\nsummary: Finland.\n---\nText."));
        yield return new("country: summary a list", Finland, c => c.With(Finland, "---\nsummary: [Finland]\n---\nText."));
        yield return new("country: front matter a single value", Finland, c => c.With(Finland, "---\nFinland\n---\nText."));

        // Translations: only the keys that hold words, none required.
        yield return new("translation: as in the minimal content", VandaEn, c => c);
        yield return new("translation: summary and localName", VandaEn, Line(VandaEn, 2, "localName: Vantaa\nsummary: Vantaa."));
        yield return new("translation: a fact", VandaEn, Line(VandaEn, 2, "name: Vantaa\nstatus: active"));
        yield return new("translation: a misspelt key", VandaEn, Line(VandaEn, 2, "nmae: Vantaa"));
        yield return new("translation: name empty", VandaEn, Line(VandaEn, 2, "name: \"\""));
        yield return new("translation: name left empty", VandaEn, Line(VandaEn, 2, "name:"));
        yield return new("translation: no keys", VandaEn, c => c.With(VandaEn, "---\n---\nVantaa was Huddinge's twin town."));
        yield return new("translation of a page", "pages/om.en.md", c => c.With("pages/om.en.md", "---\ntitle: About\nsummary: About the portal.\n---\nText."));
        yield return new("translation of a page: order", "pages/om.en.md", c => c.With("pages/om.en.md", "---\ntitle: About\norder: 3\n---\nText."));
        yield return new("translation of a decision", "decisions/huddinge-avslutar.en.md", c => c.With("decisions/huddinge-avslutar.en.md", "---\ntitle: Huddinge ends\nbody: Executive Board\noutcome: Ended\n---\nText."));
        yield return new("translation of a decision: date", "decisions/huddinge-avslutar.en.md", c => c.With("decisions/huddinge-avslutar.en.md", "---\ndate: 2024-01-18\n---\nText."));
        yield return new("translation of a municipality: county", "municipalities/vanersborg.en.md", c => c.With("municipalities/vanersborg.en.md", "---\ncounty: Västra Götaland County\n---\nText."));
        yield return new("translation of a municipality: kind", "municipalities/vanersborg.en.md", c => c.With("municipalities/vanersborg.en.md", "---\nkind: region\n---\nText."));
        yield return new("translation of a network: name", "networks/nordiska-vanortskedjan.en.md", c => c.With("networks/nordiska-vanortskedjan.en.md", "---\nname: Nordic twinning chain\n---\nText."));
        yield return new("translation of a network: members", "networks/nordiska-vanortskedjan.en.md", c => c.With("networks/nordiska-vanortskedjan.en.md", "---\nmembers: []\n---\nText."));
        yield return new("translation of a country: summary", "countries/fi.en.md", c => c.With("countries/fi.en.md", "---\nsummary: Finland.\n---\nText."));
        yield return new("translation of a country: title", "countries/fi.en.md", c => c.With("countries/fi.en.md", "---\ntitle: Finland\n---\nText."));

        // site.yml.
        yield return new("site: title one text", Site, c => c.With(Site, "title: Testportal\n" + SiteWithoutTitle));
        yield return new("site: title missing", Site, c => c.With(Site, SiteWithoutTitle));
        yield return new("site: title with only empty texts", Site, c => c.With(Site, "title: {sv: \"\", en: \"\"}\n" + SiteWithoutTitle));
        yield return new("site: title a list", Site, c => c.With(Site, "title: [Testportal]\n" + SiteWithoutTitle));
        yield return new("site: publisher missing", Site, Line(Site, 4, "# publisher removed"));
        yield return new("site: baseUrl missing", Site, Line(Site, 5, "# baseUrl removed"));
        yield return new("site: baseUrl without scheme", Site, Line(Site, 5, "baseUrl: example.org/portal/"));
        yield return new("site: baseUrl ftp", Site, Line(Site, 5, "baseUrl: ftp://example.org/portal/"));
        yield return new("site: baseUrl http without a path", Site, Line(Site, 5, "baseUrl: http://example.org"));
        yield return new("site: languages one without a list", Site, c => c.WithLine(Site, 6, "languages: sv").Without(VandaEn));
        yield return new("site: a language in upper case", Site, Line(Site, 6, "languages: [sv, EN]"));
        yield return new("site: a language name", Site, Line(Site, 6, "languages: [sv, english]"));
        yield return new("site: languages a map", Site, Line(Site, 6, "languages: {sv: svenska}"));
        yield return new("site: description per language", Site, Line(Site, 6, "languages: [sv, en]\ndescription: {sv: Om portalen, en: About}"));
        yield return new("site: accessibility", Site, Line(Site, 6, "languages: [sv, en]\naccessibility: {contact: a@example.org, phone: 0521-72 10 00, compliance: partial, assessed: 2026-11-22, updated: 2026-11-22}"));
        yield return new("site: accessibility without contact", Site, Line(Site, 6, "languages: [sv, en]\naccessibility: {compliance: full}"));
        yield return new("site: accessibility a text", Site, Line(Site, 6, "languages: [sv, en]\naccessibility: a@example.org"));
        yield return new("site: accessibility compliance unknown", Site, Line(Site, 6, "languages: [sv, en]\naccessibility: {contact: a@example.org, compliance: partly}"));
        yield return new("site: accessibility assessed not a date", Site, Line(Site, 6, "languages: [sv, en]\naccessibility: {contact: a@example.org, assessed: 22/11/2026}"));
        yield return new("site: title empty", Site, c => c.With(Site, "title: \"\"\n" + SiteWithoutTitle));
        yield return new("site: baseUrl with a query", Site, Line(Site, 5, "baseUrl: https://example.org/portal/?lang=sv"));
        yield return new("site: accessibility assessed a year", Site, Line(Site, 6, "languages: [sv, en]\naccessibility: {contact: a@example.org, assessed: 2026}"));
        yield return new("site: limits raised", Site, Line(Site, 6, "languages: [sv, en]\nlimits: {textFileSize: 2 MB, dataFileSize: 512 KB, assetFileSize: 1048576, tableRows: 20000, tableColumns: 200, chartValues: 5000}"));
        yield return new("site: limits with binary units", Site, Line(Site, 6, "languages: [sv, en]\nlimits: {textFileSize: 1.5 MiB, dataFileSize: 2M}"));
        yield return new("site: limits empty", Site, Line(Site, 6, "languages: [sv, en]\nlimits:"));
        yield return new("site: a limit without a number", Site, Line(Site, 6, "languages: [sv, en]\nlimits: {textFileSize: large}"));
        yield return new("site: a limit of zero rows", Site, Line(Site, 6, "languages: [sv, en]\nlimits: {tableRows: 0}"));
        yield return new("site: a limit in tons", Site, Line(Site, 6, "languages: [sv, en]\nlimits: {assetFileSize: 2 TB}"));
        yield return new("site: organisationNumber and openData", Site, Line(Site, 6, "languages: [sv, en]\norganisationNumber: 212000-1355\nopenData: {license: https://creativecommons.org/licenses/by/4.0/, contact: opendata@example.org}"));
        yield return new("site: organisationNumber without the hyphen", Site, Line(Site, 6, "languages: [sv, en]\norganisationNumber: 2120001355"));
        yield return new("site: organisationNumber quoted without the hyphen", Site, Line(Site, 6, "languages: [sv, en]\norganisationNumber: '2120001355'"));
        yield return new("site: organisationNumber of twelve digits", Site, Line(Site, 6, "languages: [sv, en]\norganisationNumber: 16212000-1355"));
        yield return new("site: openData contact not an e-mail address", Site, Line(Site, 6, "languages: [sv, en]\nopenData: {contact: www.example.org/kontakt}"));
        yield return new("site: openData licence not an address", Site, Line(Site, 6, "languages: [sv, en]\nopenData: {license: CC0}"));
        yield return new("site: openData a text", Site, Line(Site, 6, "languages: [sv, en]\nopenData: opendata@example.org"));
        yield return new("site: openData empty", Site, Line(Site, 6, "languages: [sv, en]\nopenData:"));
        yield return new("site: limits a list", Site, Line(Site, 6, "languages: [sv, en]\nlimits: [1 MB]"));
        foreach (var value in KebabName.All<Compliance>())
        {
            yield return new($"site: compliance {value}", Site, Line(Site, 6, $"languages: [sv, en]\naccessibility: {{contact: a@example.org, compliance: {value}}}"));
        }

        // YAML that cannot be read.
        yield return new("yaml: a tab in the indentation", Vanda, Line(Vanda, 5, "location:\n\tlat: 60.29\n\tlon: 25.04"));
        yield return new("yaml: an unclosed list", Vanda, Line(Vanda, 10, "areas: [culture, education"));
        yield return new("yaml: an unclosed quote", Vanda, Line(Vanda, 2, "name: \"Vanda"));
        yield return new("yaml: a duplicate key in site.yml", Site, Line(Site, 4, "publisher: Testkommunen\npublisher: Andra"));
        yield return new("yaml: site.yml empty", Site, c => c.With(Site, "# nothing\n"));

        // The schema sees YAML 1.2's parsed value, so it cannot tell these spellings from the ones the generator reads:
        yield return new("LEXICAL relationship: since a year with a leading zero", Vanda, Line(Vanda, 8, "since: 0946"),
            new(SchemaValid: false, GeneratorErrors: false, "lexical", "YAML 1.2 reads 0946 as the number 946; the generator reads the text '0946' as the year 946"));
        yield return new("LEXICAL relationship: memberCount 12.0", Vanda, Line(Vanda, 13, "decisions: [huddinge-avslutar]\nmemberCount: 12.0"),
            new(SchemaValid: true, GeneratorErrors: true, "lexical", "YAML 1.2 reads 12.0 as the number 12, a whole number; the generator rejects the text '12.0'"));
        yield return new("LEXICAL relationship: name .nan", Vanda, Line(Vanda, 2, "name: .nan"),
            new(SchemaValid: false, GeneratorErrors: false, "lexical", "YAML 1.2 reads .nan as not-a-number, which JSON has no value for; the generator reads the text '.nan' as a name"));

        // The schema's format is stricter than .NET's Uri:
        yield return new("SCHEMA municipality: website with a non-ASCII host", Vanersborg, Line(Vanersborg, 4, "website: https://www.vänersborg.se/"),
            new(SchemaValid: false, GeneratorErrors: false, "schema", "format uri is RFC 3986, ASCII only: write an internationalised host in punycode (xn--), as .NET accepts it either way"));

        // A rule across two keys:
        yield return new("CROSS-KEY site: title only in a language the site does not have", Site, c => c.With(Site, "title: {de: Testportal}\n" + SiteWithoutTitle),
            new(SchemaValid: true, GeneratorErrors: true, "cross-key", "a title map needs a text in one of site.yml's languages; the schema checks only that some text is given"));
    }

    public static IEnumerable<TestCaseData> InlineCaseData() =>
        InlineCases().Select(c => new TestCaseData(c.Name).SetName($"Agrees({c.Name})"));

    /// <summary>The fixtures with a file a schema describes: one of assets only (a script in assets/, say) has nothing for a schema to see.</summary>
    public static IEnumerable<TestCaseData> FixtureCaseData() =>
        Directory.Exists(FixturesDirectory)
            ? Directory.EnumerateDirectories(FixturesDirectory)
                .Where(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Any(f => SchemaMap.For(Path.GetRelativePath(d, f).Replace('\\', '/')) is not null))
                .Select(Path.GetFileName).Order(StringComparer.Ordinal)
                .Select(name => new TestCaseData("fixture " + name).SetName($"Agrees(fixture {name})"))
            : [];

    [OneTimeSetUp]
    public void BuildEveryCaseAndValidateOnce()
    {
        SchemaValidator.AssertInstalled();
        var builds = new List<(string Name, TempContent Content, IReadOnlyList<string> Files, Known? Known)>();
        foreach (var inline in InlineCases())
        {
            builds.Add((inline.Name, inline.Change(new TempContent()), [inline.File], inline.Known));
        }

        foreach (var directory in Directory.EnumerateDirectories(FixturesDirectory))
        {
            var content = new TempContent();
            var files = new List<string>();
            foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
                if (relative != "expected.txt")
                {
                    content.WithBytes(relative, File.ReadAllBytes(file));
                    files.Add(relative);
                }
            }

            builds.Add(("fixture " + Path.GetFileName(directory), content, files, null));
        }

        var requests = new List<SchemaRequest>();
        var checkedFiles = new List<(int Build, string File, int Request)>();
        var diagnostics = new List<IReadOnlyList<Diagnostic>>();
        foreach (var (build, index) in builds.Select((b, i) => (b, i)))
        {
            var directory = build.Content.Write();
            var bag = new DiagnosticBag();
            PortalBuild.Generate(new BuildOptions(directory, build.Content.OutputDirectory, RepoPaths.Theme, null, directory, DrawMaps: false), bag);
            diagnostics.Add(bag.Sorted());
            foreach (var file in build.Files)
            {
                if (SchemaMap.Request(directory, file) is { } request)
                {
                    checkedFiles.Add((index, file, requests.Count));
                    requests.Add(request);
                }
            }
        }

        var verdicts = SchemaValidator.Validate(requests);
        _results = builds.Select((b, i) => (b.Name, Result: new CaseResult(
                checkedFiles.Where(f => f.Build == i).Select(f => (f.File, verdicts[f.Request])).ToList(), diagnostics[i], b.Known)))
            .ToDictionary(r => r.Name, r => r.Result, StringComparer.Ordinal);
        foreach (var build in builds)
        {
            build.Content.Dispose();
        }
    }

    [Test]
    public void Every_diagnostic_code_is_classified_once()
    {
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        var classified = ParseCodes.Concat(SchemaCodes).Concat(ExcludedCodes.Keys).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(classified, Is.Unique, "a code is in two of the lists");
            Assert.That(classified, Is.EquivalentTo(codes), "a new code must be classified: parse, schema, or excluded with a reason");
        });
    }

    [Test]
    public void Every_input_file_of_the_repository_is_schema_valid_and_builds_without_errors()
    {
        var run = DemoSite.Get();
        var input = RepoPaths.DemoInput;
        var requests = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Select(f => SchemaMap.Request(input, Path.GetRelativePath(input, f).Replace('\\', '/')))
            .OfType<SchemaRequest>()
            .ToList();
        var verdicts = SchemaValidator.Validate(requests);
        Assert.Multiple(() =>
        {
            Assert.That(run.Errors, Is.Empty, run.Report);
            Assert.That(requests, Has.Count.GreaterThan(100), "the demo content should have been checked whole");
            Assert.That(verdicts.Where(v => !v.IsValid).Select(v => $"{v.File}: {v}"), Is.Empty);
        });
    }

    [Test]
    public void The_cases_cover_the_fixtures_and_every_kind_of_file()
    {
        Assert.That(FixtureCaseData().Count(), Is.GreaterThanOrEqualTo(25), $"no or too few fixtures in {FixturesDirectory}");
        var schemas = InlineCases().Select(c => SchemaMap.For(c.File)!).Distinct().ToList();
        Assert.That(schemas, Is.SupersetOf(Directory.EnumerateFiles(SchemaValidator.SchemasDirectory, "*.schema.json")
            .Select(Path.GetFileName).Where(n => n != "common.schema.json")));
        Assert.That(InlineCases().Select(c => c.Name), Is.Unique);
    }

    [TestCaseSource(nameof(InlineCaseData))]
    [TestCaseSource(nameof(FixtureCaseData))]
    public void Agrees(string name)
    {
        var result = _results[name];
        var report = new StringBuilder();
        report.AppendLine("generator: " + (result.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n  ", result.Diagnostics)));
        foreach (var (file, verdict) in result.Verdicts)
        {
            report.AppendLine($"schema at {file}: {verdict}");
        }

        TestContext.Out.Write(report);
        Assert.That(result.Verdicts, Is.Not.Empty, "no file of this case has a schema");
        Assert.Multiple(() =>
        {
            foreach (var (file, verdict) in result.Verdicts)
            {
                var errors = result.Diagnostics.Where(d => d.IsError && d.Location.Path == file).ToList();
                var parse = errors.Where(d => ParseCodes.Contains(d.Code)).ToList();
                var expressible = errors.Where(d => SchemaCodes.Contains(d.Code)).ToList();
                if (result.Known is { } known)
                {
                    Assert.That((verdict.IsValid, errors.Count > 0), Is.EqualTo((known.SchemaValid, known.GeneratorErrors)),
                        $"this documented disagreement ({known.Kind}: {known.Why}) has changed: if it is gone, remove the mark\n{report}");
                    continue;
                }

                Assert.That(verdict.IsParseError, Is.EqualTo(parse.Count > 0), $"{file}: the YAML can be read by one side only\n{report}");
                if (verdict.IsParseError)
                {
                    continue;
                }

                if (expressible.Count > 0)
                {
                    Assert.That(verdict.IsValid, Is.False, $"{file}: the generator reports an error the schema should express, but the schema accepts the file\n{report}");
                }

                if (!verdict.IsValid)
                {
                    Assert.That(errors.Where(d => RejectionCodes.Contains(d.Code)), Is.Not.Empty,
                        $"{file}: the schema rejects what the generator accepts\n{report}");
                }
            }
        });
    }
}
