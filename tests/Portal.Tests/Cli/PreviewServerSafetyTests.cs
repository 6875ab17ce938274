using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Cli.Preview;
using RunningPreview = Portal.Tests.Cli.PreviewCommandTests.RunningPreview;

namespace Portal.Tests.Cli;

/// <summary>
/// The preview serves drafts to this machine's browser only: a request naming any other host is refused on every
/// endpoint with nothing of the site in the answer (DNS rebinding), and a redirect never leaves the site, however
/// odd the path asked for. Over real HTTP on a real port; odd paths and headers go over a raw socket, since
/// HttpClient would mend them before sending.
/// </summary>
public sealed class PreviewServerSafetyTests
{
    /// <summary>Text that is in the served drafts (page, home page, script) and must never be in a refusal.</summary>
    private static readonly string[] Drafts = ["Vanda", "Testportal", "<html", "EventSource", "event:"];

    private static readonly string[] PathsOfEveryPreview =
    [
        "/", "/samarbeten/huddinge/vanda.html", "/samarbeten", "/finns/inte.html",
        "/_portal/preview.js", "/_portal/events?page=index.html&version=1",
    ];

    private RunningPreview _preview = null!;

    /// <summary>Those, and the theme's stylesheet at the path the pages link it from.</summary>
    private string[] _endpoints = null!;

    /// <summary>
    /// One preview for every test here: none of them changes the content. Only the site's own folders (slugs) hold an
    /// index.html that a redirect can lead to, so the encoding of a redirect to other names is tested on its own below.
    /// </summary>
    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _preview = await RunningPreview.StartAsync(content => content
            .With("assets/protokoll 2020.pdf", "%PDF-1.4 protokoll")
            .With("assets/årsrapport.pdf", "%PDF-1.4 årsrapport"));
        _endpoints = [.. PathsOfEveryPreview, await _preview.StylesheetAsync("index.html")];
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _preview.DisposeAsync();

    [Test]
    public async Task Answers_the_loopback_names_with_its_own_port()
    {
        var preview = _preview;
        foreach (var host in new[] { "localhost:{0}", "LocalHost:{0}", "127.0.0.1:{0}", "[::1]:{0}" })
        {
            using var response = await preview.Http.SendAsync(Get("/samarbeten/huddinge/vanda.html", string.Format(CultureInfo.InvariantCulture, host, preview.Port)));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), host);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Vanda</h1>"), host);
        }
    }

    [TestCase("attacker.example")]
    [TestCase("attacker.example:{0}")]
    [TestCase("localhost.attacker.example:{0}")]
    [TestCase("127.0.0.1.nip.io:{0}")]
    [TestCase("evil:{0}")]
    [TestCase("localhost:{1}")]
    [TestCase("localhost")]
    [TestCase("127.0.0.1")]
    [TestCase("[::1]")]
    [TestCase("localhost:0{0}")]
    [TestCase("[::ffff:127.0.0.1]:{0}")]
    public async Task Refuses_a_foreign_host_on_every_endpoint_with_nothing_of_the_site(string hostPattern)
    {
        var preview = _preview;
        var host = string.Format(CultureInfo.InvariantCulture, hostPattern, preview.Port, preview.Port + 1);

        foreach (var endpoint in _endpoints)
        {
            using var response = await preview.Http.SendAsync(Get(endpoint, host), HttpCompletionOption.ResponseHeadersRead);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MisdirectedRequest), $"{host} {endpoint}");
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"), $"{host} {endpoint}");
                Assert.That(body, Is.EqualTo($"This preview answers only at http://localhost:{preview.Port}/.\n"), $"{host} {endpoint}");
                Assert.That(response.Headers.Location, Is.Null, $"{host} {endpoint}");
            });
        }
    }

    [TestCase("GET /samarbeten/huddinge/vanda.html HTTP/1.1\r\nConnection: close\r\n\r\n", 400, Description = "HTTP/1.1 without Host")]
    [TestCase("GET /samarbeten/huddinge/vanda.html HTTP/1.0\r\n\r\n", 400, Description = "HTTP/1.0 without Host")]
    [TestCase("GET /_portal/events?page=index.html&version=1 HTTP/1.0\r\n\r\n", 400, Description = "the event stream without Host")]
    [TestCase("GET /samarbeten/huddinge/vanda.html HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n", 400, Description = "an empty Host")]
    [TestCase("GET /samarbeten/huddinge/vanda.html HTTP/1.1\r\nHost: localhost:{0}\r\nHost: evil:{0}\r\nConnection: close\r\n\r\n", 400, Description = "two Hosts")]
    [TestCase("GET /samarbeten/huddinge/vanda.html HTTP/1.1\r\nHost: localhost:{0}/evil\r\nConnection: close\r\n\r\n", 400, Description = "a Host with a path")]
    [TestCase("GET /samarbeten/huddinge/vanda.html HTTP/1.1\r\nHost: localhost:{0}@evil\r\nConnection: close\r\n\r\n", 400, Description = "a Host with user info")]
    [TestCase("GET http://evil:{0}/samarbeten/huddinge/vanda.html HTTP/1.1\r\nHost: evil:{0}\r\nConnection: close\r\n\r\n", 421, Description = "an absolute URL to another host")]
    public async Task Refuses_a_missing_or_malformed_host_with_nothing_of_the_site(string request, int status)
    {
        var preview = _preview;
        var response = await RawAsync(preview.Port, string.Format(CultureInfo.InvariantCulture, request, preview.Port));

        Assert.That(response.Status, Is.EqualTo(status), response.Text);
        Assert.That(Drafts.Where(response.Text.Contains), Is.Empty, response.Text);
    }

    [TestCase("/samarbeten", 302, "/samarbeten/")]
    [TestCase("//samarbeten", 302, "/samarbeten/")]
    [TestCase("///samarbeten?next=//evil.example", 302, "/samarbeten/")]
    [TestCase("/%2F%2Fsamarbeten", 302, "/samarbeten/")]
    [TestCase("/%2f/samarbeten", 302, "/samarbeten/")]
    [TestCase("/\\samarbeten", 404, null)]
    [TestCase("/%5Csamarbeten", 404, null)]
    [TestCase("/%2F%2Fevil", 404, null)]
    [TestCase("/%5Cevil", 404, null)]
    [TestCase("//evil.example/", 404, null)]
    [TestCase("/samarbeten//huddinge", 404, null)]
    [TestCase("/assets/protokoll%202020", 404, null)]
    [TestCase("/assets/protokoll%202020.pdf", 200, null)]
    [TestCase("/assets/%C3%A5rsrapport.pdf", 200, null)]
    [TestCase("/assets/protokoll%25202020.pdf", 404, null)]
    public async Task A_redirect_stays_on_the_site_with_a_percent_encoded_path(string path, int status, string? location)
    {
        var preview = _preview;
        var response = await RawAsync(preview.Port, $"GET {path} HTTP/1.1\r\nHost: localhost:{preview.Port}\r\nConnection: close\r\n\r\n");

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(status), response.Text);
            Assert.That(response.Header("Location"), Is.EqualTo(location), response.Text);
            if (location is not null)
            {
                Assert.That(location, Does.Match("^/[^/\\\\]"), "path-only, never protocol-relative");
            }
        });
    }

    [TestCase("localhost:5080", 5080, true)]
    [TestCase("LOCALHOST:5080", 5080, true)]
    [TestCase("127.0.0.1:5080", 5080, true)]
    [TestCase("[::1]:5080", 5080, true)]
    [TestCase("localhost", 5080, false)]
    [TestCase("localhost:5081", 5080, false)]
    [TestCase("localhost:", 5080, false)]
    [TestCase("localhost.:5080", 5080, false)]
    [TestCase(" localhost:5080", 5080, false)]
    [TestCase("localhost", 80, true)]
    [TestCase("[::1]", 80, true)]
    [TestCase("localhost:80", 80, true)]
    [TestCase("example.org", 80, false)]
    [TestCase("", 5080, false)]
    [TestCase(null, 5080, false)]
    public void The_hosts_it_answers(string? host, int port, bool allowed) =>
        Assert.That(new PreviewHostFilter(port).Allows(host), Is.EqualTo(allowed));

    [TestCase("samarbeten", "/samarbeten")]
    [TestCase("samarbeten/huddinge", "/samarbeten/huddinge")]
    [TestCase("/evil.example", "/evil.example")]
    [TestCase("//evil.example/x", "/evil.example/x")]
    [TestCase("\\evil.example", "/%5Cevil.example")]
    [TestCase("assets/protokoll 2020", "/assets/protokoll%202020")]
    [TestCase("assets/årsrapporter", "/assets/%C3%A5rsrapporter")]
    [TestCase("http:/x", "/http%3A/x")]
    [TestCase("", "/")]
    public void A_location_is_one_slash_and_encoded_segments(string sitePath, string location) =>
        Assert.That(PreviewServer.Location(sitePath), Is.EqualTo(location));

    private static HttpRequestMessage Get(string path, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return request;
    }

    /// <summary>Sends a request exactly as written and reads the answer until the server closes the connection.</summary>
    private static async Task<RawResponse> RawAsync(int port, string request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, timeout.Token);
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var status = Regex.Match(text, "^HTTP/1\\.[01] (\\d{3}) ");
        Assert.That(status.Success, Is.True, $"not an HTTP answer: {text}");
        return new RawResponse(int.Parse(status.Groups[1].Value, CultureInfo.InvariantCulture), text);
    }

    private sealed record RawResponse(int Status, string Text)
    {
        public string? Header(string name)
        {
            var head = Text[..Math.Max(0, Text.IndexOf("\r\n\r\n", StringComparison.Ordinal))];
            var values = head.Split("\r\n").Skip(1)
                .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                .Select(line => line[(name.Length + 1)..].Trim())
                .ToList();
            Assert.That(values, Has.Count.LessThanOrEqualTo(1), $"one {name} header at most");
            return values.SingleOrDefault();
        }
    }
}
