using System.Globalization;
using System.Text;
using Portal.Countries;
using Portal.CrossReferences;
using Portal.Geography;
using Portal.Maps;
using Portal.Maps.Rendering;
using Portal.Pages;
using Portal.Routing;
using Portal.Templates;

namespace Portal.Tests.Maps;

/// <summary>
/// Content folders generated for the map tests (in TempContent's file format), each built once per test run and
/// shared by the fixtures of this folder; removed by <see cref="MapsRunCleanUp"/>.
/// </summary>
internal static class SyntheticSites
{
    public const string BaseUrl = "https://example.org/kartor/";

    private static readonly List<TempDirectory> Directories = [];

    private static readonly Lazy<BuildRun> LazyMedium = new(() => Build("portal-maps-medium", MediumContent()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> LazyLarge = new(() => ComposeMaps("portal-maps-large", LargeContent()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>3 municipalities × 40 relationships over NO, DK, FI, DE, NA and JP, with a tight cluster of towns near Copenhagen.</summary>
    public static BuildRun Medium => LazyMedium.Value;

    /// <summary>
    /// The maps of a site with one municipality and its 2,000 partners spread over Europe (one language), by the
    /// site path of the page that shows them: index.html, kommuner/storstad.html and lander/&lt;cc&gt;.html. The maps
    /// are composed the way those pages compose them (<see cref="PageMaps"/> with the page's list id), without
    /// rendering the site's 2,000 relationship pages, which would take most of this folder's time budget.
    /// </summary>
    public static IReadOnlyDictionary<string, string> LargeMaps => LazyLarge.Value;

    /// <summary>How many relationships <see cref="LargeMaps"/> shows.</summary>
    public const int LargeCount = 2000;

    internal static void CleanUp()
    {
        lock (Directories)
        {
            foreach (var directory in Directories)
            {
                directory.Dispose();
            }

            Directories.Clear();
        }
    }

    private static string WriteContent(string prefix, IReadOnlyDictionary<string, string> files)
    {
        var directory = new TempDirectory(prefix);
        lock (Directories)
        {
            Directories.Add(directory);
        }

        var input = directory.Combine("content");
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.EndsWith('\n') ? text : text + "\n", new UTF8Encoding(false));
        }

        return input;
    }

    private static BuildRun Build(string prefix, IReadOnlyDictionary<string, string> files)
    {
        var input = WriteContent(prefix, files);
        var run = SiteBuilder.Run(input, Path.Combine(Path.GetDirectoryName(input)!, "output"), BaseUrl, workingDirectory: input);
        Assert.That(run.Errors, Is.Empty, run.Report);
        return run;
    }

    private static IReadOnlyDictionary<string, string> ComposeMaps(string prefix, IReadOnlyDictionary<string, string> files)
    {
        var input = WriteContent(prefix, files);
        var model = ContentModel.Load(input);
        Assert.That(model.Diagnostics.Where(d => d.IsError), Is.Empty, model.Report);
        var language = model.Site!.DefaultLanguage;
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(RepoPaths.Theme, model.Site.Languages, RepoPaths.Root, diagnostics);
        Assert.That(theme, Is.Not.Null, string.Join("\n", diagnostics.Sorted()));
        var index = new PortalIndex(model.In(language));
        var routes = new SiteRoutes(language);
        var context = new ComposeContext(language, model.Site, index, routes, CountryNames.Shipped, theme!.StringsFor(language).Get, new MapRenderer(SimplifiedBoundaries.Shipped), theme.AssetsFor(model.Site.Search));
        var maps = new Dictionary<string, string>(StringComparer.Ordinal);
        var templates = new TemplateRenderer(theme);
        string Html(MapFigure? figure) => MapPages.Html(figure, templates, language);

        // The list ids are those HomePage, MunicipalityPages and CountryPages pass.
        var home = routes.Home(language);
        maps[home.Path] = Html(new PageMaps(context, new PageLinks(home, null)).World("countries-table"));
        foreach (var municipality in index.Municipalities.Values)
        {
            var route = routes.Municipality(language, municipality.Slug);
            maps[route.Path] = Html(new PageMaps(context, new PageLinks(route, null)).Municipality(municipality, "relationships-heading"));
        }

        foreach (var country in index.Countries)
        {
            var route = routes.Country(language, country);
            maps[route.Path] = Html(new PageMaps(context, new PageLinks(route, null)).Country(country, "relationships-heading"));
        }

        return maps;
    }

    private static string Site(string languages) =>
        $"""
        title:
          sv: Kartportal
          en: Map portal
        publisher: Testkommunerna
        baseUrl: {BaseUrl}
        languages: [{languages}]
        """;

    private static string Municipality(string name, double lat, double lon) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
        ---
        name: {{name}}
        location: {lat: {{lat:0.####}}, lon: {{lon:0.####}}}
        ---
        {{name}} är en kommun.
        """);

    private static readonly string[] Statuses = ["active", "sporadic", "dormant", "ended"];
    private static readonly string[] Types = ["twin-town", "friendship-town", "partner-town", "cooperation"];

    private static string Partner(string name, string country, double lat, double lon, int i) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
        ---
        name: {{name}}
        country: "{{country}}"
        location: {lat: {{lat:0.####}}, lon: {{lon:0.####}}}
        type: {{Types[i % Types.Length]}}
        status: {{Statuses[i % Statuses.Length]}}
        ---
        {{name}} är en samarbetsort.
        """);

    /// <summary>Places well inside each country, by country.</summary>
    private static readonly (string Country, double Lat, double Lon)[] Anchors =
    [
        ("NO", 59.91, 10.75), ("NO", 63.43, 10.40), ("NO", 60.79, 11.07),
        ("DK", 56.16, 10.20), ("DK", 55.40, 10.39), ("DK", 56.45, 9.40),
        ("FI", 61.50, 23.76), ("FI", 62.24, 25.75), ("FI", 65.01, 25.47),
        ("DE", 52.52, 13.40), ("DE", 48.14, 11.58), ("DE", 50.94, 6.96), ("DE", 51.34, 12.37),
    ];

    private static IReadOnlyDictionary<string, string> MediumContent()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { ["site.yml"] = Site("sv, en") };
        var municipalities = new (string Slug, string Name, double Lat, double Lon)[]
        {
            ("alingsas", "Alingsås", 57.93, 12.53),
            ("kiruna", "Kiruna", 67.85, 20.23),
            ("ystad", "Ystad", 55.43, 13.82),
        };
        var random = new Random(20240117);
        foreach (var (slug, name, lat, lon) in municipalities)
        {
            files[$"municipalities/{slug}.md"] = Municipality(name, lat, lon);
            var index = 0;
            void Add(string country, double pLat, double pLon) =>
                files[$"partners/{slug}/ort-{index:000}.md"] = Partner($"{name[..3]}ort {index++:000}", country, pLat, pLon, index);

            // Eight towns within a couple of kilometres of each other, on Zealand: they must be grouped, not hidden.
            for (var i = 0; i < 8; i++)
            {
                Add("DK", 55.68 + (0.01 * (i % 3)), 12.30 + (0.012 * (i / 3)));
            }

            // One far away: Japan for the first municipality, Namibia for the second.
            if (slug == "alingsas")
            {
                Add("JP", 35.68, 139.69);
            }
            else if (slug == "kiruna")
            {
                Add("NA", -22.56, 17.08);
            }

            while (index < 40)
            {
                var anchor = Anchors[random.Next(Anchors.Length)];
                Add(anchor.Country, anchor.Lat + ((random.NextDouble() - 0.5) * 0.6), anchor.Lon + ((random.NextDouble() - 0.5) * 0.8));
            }
        }

        return files;
    }

    private static IReadOnlyDictionary<string, string> LargeContent()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site.yml"] = Site("sv"),
            ["municipalities/storstad.md"] = Municipality("Storstad", 59.33, 18.07),
        };
        string[] europe = ["NO", "DK", "FI", "DE", "PL", "FR", "ES", "IT", "GB", "NL", "BE", "AT", "CZ", "HU", "RO", "PT", "IE", "LT", "LV", "EE", "SE", "CH", "SK", "HR", "SI", "GR", "BG"];
        var allowed = europe.ToHashSet(StringComparer.Ordinal);
        var locator = new CountryLocator(WorldCountries.Shipped);
        var random = new Random(2000);
        var index = 0;
        while (index < LargeCount)
        {
            var lat = 37 + (random.NextDouble() * 27);
            var lon = -9 + (random.NextDouble() * 38);
            var country = locator.CountryAt(lat, lon);
            if (country is null || !allowed.Contains(country))
            {
                continue;
            }

            files[$"partners/storstad/ort-{index:0000}.md"] = Partner($"Ort {index:0000}", country, lat, lon, index);
            index++;
        }

        return files;
    }
}

/// <summary>Removes the synthetic sites when every fixture of this folder has run.</summary>
[SetUpFixture]
public sealed class MapsRunCleanUp
{
    [OneTimeTearDown]
    public void RemoveSyntheticSites() => SyntheticSites.CleanUp();
}
