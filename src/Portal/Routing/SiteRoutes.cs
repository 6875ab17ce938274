namespace Portal.Routing;

/// <summary>
/// The site's URL scheme. The default language is at the root, other languages under a folder named by their
/// code (<c>en/</c>); the folder names are the same in every language, so a page's translation is found by prefix.
/// </summary>
public sealed class SiteRoutes(string defaultLanguage)
{
    public static readonly IReadOnlyDictionary<Section, string> Folders = new Dictionary<Section, string>
    {
        [Section.Municipalities] = "kommuner",
        [Section.Relationships] = "samarbeten",
        [Section.Networks] = "natverk",
        [Section.Decisions] = "beslut",
        [Section.Countries] = "lander",
    };

    /// <summary>Top-level names a free page cannot take, because generated pages or files live there.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(Folders.Values.Concat(["index", "404", "data", "datasets", "assets", "theme", "sitemap", "robots", "sok", "search"]), StringComparer.Ordinal);

    public Route Home(string language) => At(language, "index.html");

    public Route NotFound(string language) => At(language, "404.html");

    /// <summary>The search page, at the language's root (the index's files are under <c>search/</c>).</summary>
    public Route Search(string language) => At(language, "sok.html");

    public Route SectionIndex(string language, Section section) => At(language, $"{Folders[section]}/index.html");

    /// <summary>Page <paramref name="number"/> of a section's index: the first is the index itself, the others <c>sida-2.html</c>, ….</summary>
    public Route SectionIndex(string language, Section section, int number) =>
        number == 1 ? SectionIndex(language, section) : At(language, $"{Folders[section]}/{PageFile(number)}");

    public Route Municipality(string language, string slug) => At(language, $"{Folders[Section.Municipalities]}/{slug}.html");

    public Route Relationship(string language, RelationshipKey key) => At(language, $"{Folders[Section.Relationships]}/{key.Municipality}/{key.Slug}.html");

    public Route Network(string language, string slug) => At(language, $"{Folders[Section.Networks]}/{slug}.html");

    public Route Decision(string language, string slug) => At(language, $"{Folders[Section.Decisions]}/{slug}.html");

    public Route Country(string language, string code) => At(language, $"{Folders[Section.Countries]}/{code.ToLowerInvariant()}.html");

    /// <summary>Page <paramref name="number"/> of a country's relationships: the first is the country's page, the others <c>lander/fr/sida-2.html</c>, ….</summary>
    public Route Country(string language, string code, int number) =>
        number == 1 ? Country(language, code) : At(language, $"{Folders[Section.Countries]}/{code.ToLowerInvariant()}/{PageFile(number)}");

    /// <summary>A later page of a list, in the folder of its first: <c>sida-2.html</c>.</summary>
    private static string PageFile(int number) => $"sida-{number}.html";

    public Route FreePage(string language, string folder, string slug) =>
        At(language, folder.Length == 0 ? $"{slug}.html" : $"{folder}/{slug}.html");

    /// <summary>The Atom feed of the whole portal in a language, at the language's root.</summary>
    public Route Feed(string language) => At(language, "atom.xml");

    /// <summary>A municipality's Atom feed, beside its page: <c>kommuner/huddinge.atom.xml</c>.</summary>
    public Route MunicipalityFeed(string language, string slug) => At(language, $"{Folders[Section.Municipalities]}/{slug}.atom.xml");

    public static Route Asset(string assetPath) => new(assetPath);

    /// <summary>The output folder that holds the theme's files, each theme's in a folder of its own (<see cref="Theme(string, string)"/>).</summary>
    public const string ThemeFolder = "theme";

    /// <summary>
    /// A file of the theme, in the folder named by the hash of the theme's files (<c>theme/3f2a9c0d1e4b/portal.css</c>):
    /// changed files get new URLs, so a server may cache everything under <see cref="ThemeFolder"/> for good.
    /// </summary>
    public static Route Theme(string hashFolder, string file) => new($"{ThemeFolder}/{hashFolder}/{file}");

    public static Route Data(string file) => new($"data/{file}");

    private Route At(string language, string path) => new(language == defaultLanguage ? path : $"{language}/{path}");
}
