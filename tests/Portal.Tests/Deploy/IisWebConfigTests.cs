using System.Globalization;
using System.Net.Http.Headers;
using System.Xml;
using System.Xml.Linq;

namespace Portal.Tests.Deploy;

/// <summary>
/// deploy/iis/web.config, read as XML: IIS cannot run here. Every element and attribute it uses must be one that IIS's
/// configuration reference documents (the table below names the page), with a value the page allows, and it must say
/// what the nginx and Apache configurations are tested to do: the README's headers, the types, the 404 page and the
/// caching.
/// </summary>
public sealed class IisWebConfigTests
{
    private const string Reference = "https://learn.microsoft.com/en-us/iis/configuration/";
    private const string SettingsSchema = "https://learn.microsoft.com/en-us/previous-versions/iis/settings-schema/";

    /// <summary>
    /// The elements (their path below &lt;configuration&gt;, a &lt;location&gt; left out) and attributes the file may use, each
    /// with the page of IIS's documentation that describes it.
    /// </summary>
    private static readonly (string Element, string[] Attributes, string Page)[] Documented =
    [
        ("configuration", [], Reference),
        ("location", ["path"], "https://learn.microsoft.com/en-us/iis/manage/managing-your-configuration-settings/understanding-iis-configuration-delegation"),
        ("system.webServer", [], Reference + "system.webserver/"),
        ("system.webServer/defaultDocument", ["enabled"], Reference + "system.webserver/defaultdocument/"),
        ("system.webServer/defaultDocument/files", [], Reference + "system.webserver/defaultdocument/files/"),
        ("system.webServer/defaultDocument/files/clear", [], Reference + "system.webserver/defaultdocument/files/"),
        // The page's attribute table says "name"; its configuration sample, and IIS, use value.
        ("system.webServer/defaultDocument/files/add", ["value"], Reference + "system.webserver/defaultdocument/files/"),
        ("system.webServer/directoryBrowse", ["enabled"], Reference + "system.webserver/directorybrowse"),
        ("system.webServer/httpProtocol", [], Reference + "system.webserver/httpprotocol/"),
        ("system.webServer/httpProtocol/customHeaders", [], Reference + "system.webserver/httpprotocol/customheaders/"),
        ("system.webServer/httpProtocol/customHeaders/add", ["name", "value"], SettingsSchema + "ms691235(v=vs.90)"),
        ("system.webServer/httpProtocol/customHeaders/remove", ["name"], SettingsSchema + "ms690687(v=vs.90)"),
        ("system.webServer/staticContent", [], Reference + "system.webserver/staticcontent/"),
        ("system.webServer/staticContent/clientCache", ["cacheControlMode", "cacheControlMaxAge", "cacheControlCustom"], Reference + "system.webserver/staticcontent/clientcache"),
        ("system.webServer/staticContent/mimeMap", ["fileExtension", "mimeType"], Reference + "system.webserver/staticcontent/mimemap"),
        ("system.webServer/staticContent/remove", ["fileExtension"], SettingsSchema + "bb422436(v=vs.90)"),
        ("system.webServer/httpErrors", ["errorMode"], Reference + "system.webserver/httperrors/"),
        ("system.webServer/httpErrors/remove", ["statusCode"], SettingsSchema + "bb386595(v=vs.90)"),
        ("system.webServer/httpErrors/error", ["statusCode", "path", "responseMode"], Reference + "system.webserver/httperrors/error"),
    ];

    /// <summary>The values the same pages allow, where they name them.</summary>
    private static readonly Dictionary<string, Func<string, bool>> Values = new(StringComparer.Ordinal)
    {
        ["enabled"] = v => v is "true" or "false",
        ["cacheControlMode"] = v => v is "NoControl" or "DisableCache" or "UseMaxAge" or "UseExpires",
        ["cacheControlMaxAge"] = v => TimeSpan.TryParseExact(v, @"d\.hh\:mm\:ss", CultureInfo.InvariantCulture, out _),
        ["errorMode"] = v => v is "DetailedLocalOnly" or "Custom" or "Detailed",
        ["responseMode"] = v => v is "File" or "ExecuteURL" or "Redirect",
        ["statusCode"] = v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 999,
        ["fileExtension"] = v => v.StartsWith('.') && v.Length > 1,
    };

    private static readonly Lazy<XDocument> Config = new(() => XDocument.Load(Path.Combine(RepoPaths.Root, "deploy", "iis", "web.config")));

    private static XElement Root => Config.Value.Root!;

    /// <summary>system.webServer outside any &lt;location&gt;: what applies to the whole site.</summary>
    private static XElement WebServer => Root.Element("system.webServer") ?? throw new AssertionException("no <system.webServer> for the whole site");

    private static string SiteBasePath => new Uri(DemoSite.BaseUrl).AbsolutePath;

    [Test]
    public void Is_well_formed_xml_whose_root_is_configuration()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(Path.Combine(RepoPaths.Root, "deploy", "iis", "web.config"), settings);

        Assert.That(XDocument.Load(reader).Root?.Name.LocalName, Is.EqualTo("configuration"));
        Assert.That(Root.Name.Namespace, Is.EqualTo(XNamespace.None), "IIS's configuration has no XML namespace");
    }

    [Test]
    public void Uses_only_elements_and_attributes_that_iis_documents_with_values_it_allows()
    {
        var documented = Documented.ToDictionary(d => d.Element, d => d.Attributes, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var element in Root.DescendantsAndSelf())
        {
            var path = PathOf(element);
            if (!documented.TryGetValue(path, out var attributes))
            {
                problems.Add($"<{element.Name}> ({path}) is not in the table of documented elements");
                continue;
            }

            foreach (var attribute in element.Attributes())
            {
                var name = attribute.Name.LocalName;
                if (!attributes.Contains(name, StringComparer.Ordinal))
                {
                    problems.Add($"{path}/@{name} is not documented for <{element.Name}>");
                }
                else if (Values.TryGetValue(name, out var allowed) && !allowed(attribute.Value))
                {
                    problems.Add($"{path}/@{name}=\"{attribute.Value}\" is not a value IIS documents");
                }
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Sends_the_readme_s_content_security_policy_nosniff_and_referrer_policy()
    {
        var headers = WebServer.Element("httpProtocol")?.Element("customHeaders")?.Elements("add")
            .ToDictionary(a => (string)a.Attribute("name")!, a => (string?)a.Attribute("value"), StringComparer.OrdinalIgnoreCase);

        Assert.That(headers, Is.Not.Null, "system.webServer/httpProtocol/customHeaders");
        Assert.Multiple(() =>
        {
            Assert.That(headers!.GetValueOrDefault("Content-Security-Policy"), Is.EqualTo(HostingHeaders.ContentSecurityPolicy));
            Assert.That(headers.GetValueOrDefault("X-Content-Type-Options"), Is.EqualTo(HostingHeaders.NoSniff));
            Assert.That(headers.GetValueOrDefault("Referrer-Policy"), Is.EqualTo(HostingHeaders.ReferrerPolicy));
        });
    }

    [Test]
    public void Removes_each_header_and_extension_before_adding_it_as_iis_refuses_a_second_entry()
    {
        var problems = new List<string>();
        foreach (var (collection, adds, key) in new[] { ("customHeaders", "add", "name"), ("staticContent", "mimeMap", "fileExtension") })
        {
            foreach (var add in Root.Descendants(collection).Elements(adds))
            {
                var before = add.ElementsBeforeSelf().LastOrDefault();
                if (before?.Name.LocalName != "remove" || !string.Equals((string?)before.Attribute(key), (string?)add.Attribute(key), StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"<{adds} {key}=\"{add.Attribute(key)?.Value}\"> is not right after <remove {key}=\"{add.Attribute(key)?.Value}\">");
                }
            }

            var twice = Root.Descendants(collection).Elements(adds).GroupBy(a => ((string?)a.Attribute(key))?.ToLowerInvariant()).Where(g => g.Count() > 1);
            problems.AddRange(twice.Select(g => $"<{adds} {key}=\"{g.Key}\"> is there {g.Count()} times"));
        }

        Assert.That(problems, Is.Empty);
    }

    [TestCase(".html", "text/html", "utf-8")]
    [TestCase(".css", "text/css", "utf-8")]
    [TestCase(".js", "text/javascript", "utf-8")]
    [TestCase(".json", "application/json", null)]
    [TestCase(".geojson", "application/geo+json", null)]
    [TestCase(".csv", "text/csv", "utf-8")]
    [TestCase(".rdf", "application/rdf+xml", null)]
    [TestCase(".svg", "image/svg+xml", null)]
    [TestCase(".gz", "application/gzip", null)]
    public void Maps_a_file_extension_of_the_site_to_its_type(string extension, string mediaType, string? charset)
    {
        var map = WebServer.Element("staticContent")?.Elements("mimeMap").SingleOrDefault(m => (string?)m.Attribute("fileExtension") == extension);

        Assert.That(map, Is.Not.Null, $"no <mimeMap fileExtension=\"{extension}\">");
        var type = MediaTypeHeaderValue.Parse((string)map!.Attribute("mimeType")!);
        Assert.That(type.MediaType, Is.EqualTo(mediaType));
        if (charset is not null)
        {
            Assert.That(type.CharSet, Is.EqualTo(charset).IgnoreCase);
        }
    }

    [TestCase(null, "404.html")]
    [TestCase("en", "en/404.html")]
    public void Answers_an_address_that_is_not_in_the_site_with_its_404_page(string? location, string page)
    {
        var webServer = location is null ? WebServer : LocationWebServer(location);
        var errors = webServer.Element("httpErrors");

        Assert.That(errors, Is.Not.Null, "<httpErrors>");
        var error = errors!.Elements("error").SingleOrDefault(e => (string?)e.Attribute("statusCode") == "404");
        Assert.That(error, Is.Not.Null, "<error statusCode=\"404\">");
        var path = (string)error!.Attribute("path")!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)errors.Attribute("errorMode"), Is.EqualTo("Custom"), "custom errors for every client, the server's own requests too");
            Assert.That(error.ElementsBeforeSelf("remove").Select(r => (string?)r.Attribute("statusCode")), Does.Contain("404"), "IIS's own 404 removed first");
            // ExecuteURL keeps the status 404 and takes a URL from the IIS site's root; Redirect would send a 302.
            Assert.That((string?)error.Attribute("responseMode"), Is.EqualTo("ExecuteURL"));
            Assert.That(path, Is.EqualTo(SiteBasePath + page), "the demo's baseUrl path and the 404 page");
            Assert.That(File.Exists(Path.Combine(DemoSite.Get().OutputDirectory, page)), Is.True, $"the built site has {page}");
        });
    }

    [Test]
    public void Keeps_the_theme_s_files_for_a_year_and_has_the_browser_revalidate_everything_else()
    {
        var everything = WebServer.Element("staticContent")?.Element("clientCache");
        var theme = LocationWebServer("theme").Element("staticContent")?.Element("clientCache");
        var stylesheet = HtmlPages.ResolveRelative("index.html", DemoSite.Page("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!);

        Assert.Multiple(() =>
        {
            Assert.That((string?)everything?.Attribute("cacheControlMode"), Is.EqualTo("DisableCache"), "Cache-Control: no-cache");
            Assert.That((string?)theme?.Attribute("cacheControlMode"), Is.EqualTo("UseMaxAge"));
            Assert.That(TimeSpan.ParseExact((string?)theme?.Attribute("cacheControlMaxAge") ?? "0.00:00:00", @"d\.hh\:mm\:ss", CultureInfo.InvariantCulture).TotalSeconds, Is.EqualTo(31536000));
            Assert.That(((string?)theme?.Attribute("cacheControlCustom"))?.Split(',', StringSplitOptions.TrimEntries), Is.EquivalentTo(new[] { "public", "immutable" }));
            Assert.That(stylesheet, Does.StartWith("theme/"), "the stylesheet the pages link is where <location path=\"theme\"> applies");
        });
    }

    [Test]
    public void Has_each_location_at_a_folder_of_the_built_site()
    {
        var paths = Root.Elements("location").Select(l => (string)l.Attribute("path")!).ToList();

        Assert.That(paths, Is.Not.Empty);
        Assert.That(paths.Where(p => !Directory.Exists(Path.Combine(DemoSite.Get().OutputDirectory, p))), Is.Empty);
    }

    private static XElement LocationWebServer(string path) =>
        Root.Elements("location").SingleOrDefault(l => (string?)l.Attribute("path") == path)?.Element("system.webServer")
        ?? throw new AssertionException($"no <location path=\"{path}\"><system.webServer>");

    /// <summary>An element's path below &lt;configuration&gt;, with &lt;location&gt; left out, as the reference names it.</summary>
    private static string PathOf(XElement element)
    {
        var names = element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName).ToList();
        if (names.Count == 1)
        {
            return names[0];
        }

        names.RemoveAt(0);
        if (names[0] == "location")
        {
            names.RemoveAt(0);
        }

        return names.Count == 0 ? "location" : string.Join('/', names);
    }
}
