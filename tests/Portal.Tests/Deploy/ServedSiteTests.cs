using System.Net;
using System.Net.Http.Headers;
using System.Runtime.Versioning;

namespace Portal.Tests.Deploy;

/// <summary>
/// What every server configuration in deploy/ must do, asked of a real server serving the demo site from a sub-path
/// over HTTP: the folder URL and its redirect, the files with their types, the search index as the gzip bytes it is,
/// the site's 404 page for unknown addresses, the README's security headers on every response, and caching. Each
/// server is a fixture that derives from this one and starts its server with the configuration from deploy/.
/// </summary>
[SupportedOSPlatform("linux")]
public abstract class ServedSiteTests
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private const UnixFileMode ReadableFile = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private TempDirectory? _directory;
    private WebServerProcess? _server;
    private HttpClient? _http;

    /// <summary>The URL path the server serves the site from, with a leading and a trailing slash.</summary>
    protected abstract string Prefix { get; }

    protected WebServerProcess Server => _server ?? throw new InvalidOperationException("the server has not started");

    private static string Site => DemoSite.Get().OutputDirectory;

    private HttpClient Http => _http ?? throw new InvalidOperationException("the server has not started");

    [OneTimeSetUp]
    public void StartServer()
    {
        _directory = new TempDirectory("portal-deploy");
        // When the tests run as root, the servers' workers run as another user (nobody, www-data): every folder on the
        // way to the site's copy must be open to them.
        File.SetUnixFileMode(_directory.FullPath, Folder);
        _server = Start(_directory, Site, WebServerProcess.FreePort());
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
            UseCookies = false,
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{_server.Port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _http?.Dispose();
        _server?.Dispose();
        _directory?.Dispose();
    }

    [Test]
    public void Starts_without_a_warning_in_its_error_log() =>
        Assert.That(Complaints(Server.StartupLog), Is.Empty);

    [Test]
    public async Task Serves_the_home_page_at_the_folder_url()
    {
        using var response = await GetAsync(Prefix);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            AssertType(response, "text/html", "utf-8");
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(File.ReadAllBytes(Path.Combine(Site, "index.html"))));
        });
    }

    [Test]
    public async Task Redirects_the_folder_without_its_final_slash_to_the_folder_url()
    {
        using var response = await GetAsync(Prefix.TrimEnd('/'));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently).Or.EqualTo(HttpStatusCode.Found));
        Assert.That(response.Headers.Location, Is.Not.Null, "a redirect names where to");
        Assert.That(new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!).AbsolutePath, Is.EqualTo(Prefix));
    }

    [TestCase("samarbeten/huddinge/vanda.html", "text/html", "utf-8")]
    [TestCase("samarbeten/", "text/html", "utf-8")]
    [TestCase("data/partners.geojson", "application/geo+json", null)]
    [TestCase("data/partners.json", "application/json", null)]
    [TestCase("data/partners.csv", "text/csv", "utf-8")]
    [TestCase("datasets/dcat.rdf", "application/rdf+xml", null)]
    [TestCase("atom.xml", "application/atom+xml", null)]
    [TestCase("kommuner/huddinge.atom.xml", "application/atom+xml", null)]
    [TestCase("en/kommuner/huddinge.atom.xml", "application/atom+xml", null)]
    [TestCase("robots.txt", "text/plain", "utf-8")]
    public async Task Serves_a_file_of_the_site_as_it_is_with_its_type(string sitePath, string mediaType, string? charset)
    {
        using var response = await GetAsync(Prefix + sitePath);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            AssertType(response, mediaType, charset);
            var file = sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(File.ReadAllBytes(Path.Combine(Site, file))));
        });
    }

    [TestCase("the stylesheet", "text/css", "utf-8")]
    [TestCase("the search script", "text/javascript", "utf-8")]
    [TestCase("the icon", "image/svg+xml", null)]
    public async Task Serves_a_theme_file_the_pages_link_to_be_kept_for_a_year(string file, string mediaType, string? charset)
    {
        var sitePath = ThemeFile(file);
        using var response = await GetAsync(Prefix + sitePath);

        Assert.Multiple(async () =>
        {
            Assert.That(sitePath, Does.StartWith("theme/"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            AssertType(response, mediaType, charset);
            Assert.That(Values(response, "Cache-Control"), Is.EqualTo(new[] { HostingHeaders.LongCache }));
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(File.ReadAllBytes(Path.Combine(Site, sitePath))));
        });
    }

    [Test]
    public async Task Serves_the_search_index_as_the_gzip_bytes_it_is_without_a_content_encoding()
    {
        var manifest = "search/sv/index.json.gz";
        var chunk = Path.GetRelativePath(Site, Directory.EnumerateFiles(Path.Combine(Site, "search", "sv"), "*.json.gz", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).First(f => Path.GetDirectoryName(f) != Path.Combine(Site, "search", "sv"))).Replace('\\', '/');

        foreach (var sitePath in new[] { manifest, chunk })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Prefix + sitePath);
            // As a browser asks: a server that compressed it again, or labelled it as compressed, would be caught here.
            request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
            using var response = await Http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), sitePath);
                Assert.That(Values(response, "Content-Encoding"), Is.Empty, $"{sitePath}: a Content-Encoding makes the browser inflate the file before the script does");
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.AnyOf("application/gzip", "application/octet-stream"), sitePath);
                Assert.That(body.Take(2), Is.EqualTo(new byte[] { 0x1f, 0x8b }), $"{sitePath}: gzip's magic bytes");
                Assert.That(body, Is.EqualTo(File.ReadAllBytes(Path.Combine(Site, sitePath))), sitePath);
            });
        }
    }

    [TestCase("finns/inte/alls.html", "404.html")]
    [TestCase("finns-inte.html", "404.html")]
    [TestCase("samarbeten/huddinge/finns-inte/", "404.html")]
    [TestCase("data/", "404.html")]
    [TestCase("theme/finns-inte.css", "404.html")]
    [TestCase("en/finns/inte/alls.html", "en/404.html")]
    public async Task Answers_an_address_that_is_not_in_the_site_with_its_404_page(string sitePath, string page)
    {
        using var response = await GetAsync(Prefix + sitePath);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            AssertType(response, "text/html", "utf-8");
            Assert.That(Values(response, "Cache-Control"), Is.EqualTo(new[] { HostingHeaders.Revalidate }), "a 404 is not kept for a year, even under theme/");
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(File.ReadAllBytes(Path.Combine(Site, page))));
        });
    }

    [TestCase("the home page", "")]
    [TestCase("a page", "samarbeten/huddinge/vanda.html")]
    [TestCase("a theme file", "<the stylesheet>")]
    [TestCase("open data", "data/partners.geojson")]
    [TestCase("the search index", "search/sv/index.json.gz")]
    [TestCase("a 404", "finns/inte/alls.html")]
    [TestCase("an English 404", "en/finns/inte/alls.html")]
    [TestCase("a redirect to the site's folder URL", "<the folder without its slash>")]
    [TestCase("a redirect to a folder URL", "samarbeten")]
    public async Task Sends_the_readme_s_security_headers_on(string response, string sitePath)
    {
        var url = sitePath switch
        {
            "<the folder without its slash>" => Prefix.TrimEnd('/'),
            "<the stylesheet>" => Prefix + ThemeFile("the stylesheet"),
            _ => Prefix + sitePath,
        };
        using var answer = await GetAsync(url);

        Assert.Multiple(() =>
        {
            Assert.That(Values(answer, "Content-Security-Policy"), Is.EqualTo(new[] { HostingHeaders.ContentSecurityPolicy }), $"{response} ({(int)answer.StatusCode})");
            Assert.That(Values(answer, "X-Content-Type-Options"), Is.EqualTo(new[] { HostingHeaders.NoSniff }), $"{response} ({(int)answer.StatusCode})");
            Assert.That(Values(answer, "Referrer-Policy"), Is.EqualTo(new[] { HostingHeaders.ReferrerPolicy }), $"{response} ({(int)answer.StatusCode})");
        });
    }

    [TestCase("")]
    [TestCase("samarbeten/huddinge/vanda.html")]
    [TestCase("en/index.html")]
    [TestCase("data/partners.geojson")]
    [TestCase("datasets/dcat.rdf")]
    [TestCase("atom.xml")]
    [TestCase("sitemap.xml")]
    [TestCase("search/sv/index.json.gz")]
    public async Task Has_the_browser_revalidate_what_keeps_its_url_from_build_to_build(string sitePath)
    {
        using var response = await GetAsync(Prefix + sitePath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Values(response, "Cache-Control"), Is.EqualTo(new[] { HostingHeaders.Revalidate }));
    }

    [Test]
    public async Task Answers_a_revalidation_of_an_unchanged_page_with_304()
    {
        var url = Prefix + "samarbeten/huddinge/vanda.html";
        using var first = await GetAsync(url);
        Assert.That(first.Headers.ETag, Is.Not.Null, "an ETag to revalidate with");
        Assert.That(first.Content.Headers.LastModified, Is.Not.Null, "a Last-Modified to revalidate with");

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var taggedAnswer = await Http.SendAsync(byTag);
        using var datedAnswer = await Http.SendAsync(byDate);

        Assert.Multiple(() =>
        {
            Assert.That(taggedAnswer.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), "If-None-Match");
            Assert.That(datedAnswer.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), "If-Modified-Since");
        });
    }

    /// <summary>
    /// Asserts that the server answers the address dataportal.se harvests, /datasets/dcat at the root of the host, with
    /// the site's catalogue, its type and the headers.
    /// </summary>
    protected async Task AssertServesTheCatalogueAtTheHarvestAddress()
    {
        using var response = await GetAsync("/datasets/dcat");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            AssertType(response, "application/rdf+xml", null);
            Assert.That(Values(response, "Content-Security-Policy"), Is.EqualTo(new[] { HostingHeaders.ContentSecurityPolicy }));
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(File.ReadAllBytes(Path.Combine(Site, "datasets", "dcat.rdf"))));
        });
    }

    /// <summary>Starts the server, its files in <paramref name="directory"/>, serving <paramref name="site"/> (a copy of it) at <see cref="Prefix"/>.</summary>
    protected abstract WebServerProcess Start(TempDirectory directory, string site, int port);

    /// <summary>The lines of the server's error log that are warnings or worse.</summary>
    protected abstract IEnumerable<string> Complaints(string errorLog);

    /// <summary>The program's path, or a failure saying that scripts/test.sh installs it.</summary>
    protected static string Require(string program, string package) =>
        WebServerProcess.Find(program) ?? throw new AssertionException(
            $"'{program}' is not installed: scripts/test.sh installs Debian's {package} (apt-get install {package})");

    /// <summary>
    /// Copies the built site for a server to serve: files readable and folders open to every user, as the servers'
    /// workers run as another user when the tests run as root.
    /// </summary>
    protected static void CopyWorldReadable(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        File.SetUnixFileMode(destination, Folder);
        foreach (var folder in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(destination, Path.GetRelativePath(source, folder));
            Directory.CreateDirectory(copy);
            File.SetUnixFileMode(copy, Folder);
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(destination, Path.GetRelativePath(source, file));
            File.Copy(file, copy);
            File.SetUnixFileMode(copy, ReadableFile);
        }
    }

    /// <summary>A file that the site's theme serves, found where the pages link it (its path will carry a hash).</summary>
    private static string ThemeFile(string which)
    {
        var (page, selector, attribute) = which switch
        {
            "the stylesheet" => ("index.html", "link[rel=stylesheet]", "href"),
            "the icon" => ("index.html", "link[rel=icon]", "href"),
            "the search script" => ("sok.html", "script[type=module]", "src"),
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, null),
        };
        var link = DemoSite.Page(page).QuerySelector(selector)?.GetAttribute(attribute);
        Assert.That(link, Is.Not.Null, $"{page} has no {selector}");
        var sitePath = HtmlPages.ResolveRelative(page, link!);
        Assert.That(sitePath, Is.Not.Null, $"{page}'s {selector} leads out of the site: {link}");
        return sitePath!;
    }

    private static void AssertType(HttpResponseMessage response, string mediaType, string? charset)
    {
        var type = response.Content.Headers.ContentType;
        Assert.That(type?.MediaType, Is.EqualTo(mediaType), "Content-Type");
        if (charset is not null)
        {
            Assert.That(type?.CharSet, Is.EqualTo(charset).IgnoreCase, $"Content-Type: {type}");
        }
    }

    /// <summary>Every value the response has for a header, as it was sent, one per header line.</summary>
    private static string[] Values(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? [.. values]
        : response.Content.Headers.NonValidated.TryGetValues(name, out var contentValues) ? [.. contentValues]
        : [];

    private Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);
}
