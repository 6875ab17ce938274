using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Portal.Preview;

namespace Portal.Cli.Preview;

/// <summary>
/// Serves the last good build of a preview session from memory at the site root of http://localhost:PORT/, adds the
/// live-reload script to every page, and streams each new build's outcome to the open pages (server-sent events).
/// Every endpoint answers only requests addressed to localhost with its port (<see cref="PreviewHostFilter"/>), and
/// every redirect stays on the site (<see cref="Location"/>).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string EventsPath = "/_portal/events";

    private readonly WebApplication _app;
    private readonly PreviewEvents _events;

    private PreviewServer(WebApplication app, PreviewEvents events)
    {
        _app = app;
        _events = events;
    }

    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<PreviewServer> StartAsync(PreviewSession session, PreviewEvents events, string themeDirectory, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.ListenLocalhost(port));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        var scripts = Path.Combine(themeDirectory, "preview");

        // Before every endpoint, the event stream and the scripts included: drafts are for this machine's browser only.
        app.Use(new PreviewHostFilter(port).FilterAsync);
        app.MapGet(EventsPath, (HttpContext context) => StreamAsync(context, session, events));
        app.MapGet("/_portal/{file}", (string file) => file switch
        {
            // The overlay's words, which preview.js reads in the page's language.
            "strings.json" => Results.Text(PreviewStrings.Json(themeDirectory), "application/json; charset=utf-8"),
            "preview.js" or "preview.css" when File.Exists(Path.Combine(scripts, file)) =>
                Results.File(Path.Combine(scripts, file), file.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8"),
            _ => Results.NotFound(),
        });
        app.MapFallback("{*path}", context => ServeAsync(context, session, types, themeDirectory));
        await app.StartAsync();
        return new PreviewServer(app, events);
    }

    public async ValueTask DisposeAsync()
    {
        _events.Close();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task ServeAsync(HttpContext context, PreviewSession session, FileExtensionContentTypeProvider types, string themeDirectory)
    {
        context.Response.Headers.CacheControl = "no-store";
        var site = session.Site;
        if (site is null)
        {
            await WriteHtmlAsync(context, StatusCodes.Status503ServiceUnavailable, LiveReloadScript.Inject(WaitingPage(themeDirectory), string.Empty, 0));
            return;
        }

        var path = SitePath(context.Request.Path.Value ?? "/");
        var file = path is null ? null : site.File(path);
        if (file is null && path is not null && site.File(path + "/index.html") is not null)
        {
            context.Response.Redirect(Location(path) + "/");
            return;
        }

        if (file is null)
        {
            // The page names the path asked for, so it turns into that page as soon as an editor writes it.
            var notFound = site.File(SiteVersion.NotFoundPage);
            await WriteHtmlAsync(context, StatusCodes.Status404NotFound, notFound is null ? [] : LiveReloadScript.Inject(notFound.Content!, path ?? SiteVersion.NotFoundPage, site.Number));
            return;
        }

        // A copied file is read when asked for, and only while it is still a regular file of the content folder or theme.
        var bytes = file.Content ?? file.CopyFrom!.ReadAllBytes();
        if (bytes is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtmlAsync(context, StatusCodes.Status200OK, LiveReloadScript.Inject(bytes, file.Path, site.Number));
            return;
        }

        context.Response.ContentType = types.TryGetContentType(file.Path, out var type) ? type : "application/octet-stream";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>
    /// The site path a request asks for ("/" is "index.html"), or null for one that leaves the site or has an empty
    /// segment inside. Leading slashes are one: <c>//samarbeten</c> is <c>samarbeten</c>.
    /// </summary>
    /// <param name="requestPath">The request's path as the server gives it: percent-decoded already, except
    /// <c>%2F</c>, which is kept so that it is not taken for a separator there; here it is one. Decoding again would
    /// turn <c>%2520</c> into a space.</param>
    public static string? SitePath(string requestPath)
    {
        var path = requestPath.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase).TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        return path.Split('/').Any(part => part is ".." or "." || part.Length == 0) ? null : path;
    }

    /// <summary>
    /// The URL of a site path for a <c>Location</c> header: path-only, starting with exactly one '/', no empty segment,
    /// each segment percent-encoded (a space, 'å', ':' or '\' in a name included). So a redirect can never be read as
    /// protocol-relative (<c>//host</c>, or <c>/\host</c>, which browsers treat alike) or absolute, whatever was asked.
    /// The query is not carried over: the site is static and reads none.
    /// </summary>
    public static string Location(string sitePath) =>
        "/" + string.Join('/', sitePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));

    private static async Task StreamAsync(HttpContext context, PreviewSession session, PreviewEvents events)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var page = context.Request.Query["page"].ToString();
        var shown = int.TryParse(context.Request.Query["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
        var updates = events.Listen(page);
        try
        {
            var state = session.State;
            PreviewMessage? last = null;
            while (true)
            {
                var message = PreviewMessages.For(state, session.Site, page, shown);
                if (message.Name is PreviewMessage.Ok or PreviewMessage.Reload)
                {
                    // The page is the same in the newer version, or the browser is loading it: it shows that version.
                    shown = Math.Max(shown, state.Version);
                }

                // An edit is published twice, the open pages first and then the whole build: the second tells a page
                // nothing new when it repeats the first, or when the page is already reloading.
                if (message != last && !(message.Name == PreviewMessage.Ok && last?.Name == PreviewMessage.Reload))
                {
                    await context.Response.WriteAsync(message.ToEventStream(), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    last = message;
                }

                if (!await updates.WaitToReadAsync(context.RequestAborted))
                {
                    return;
                }

                state = await updates.ReadAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser left the page.
        }
        finally
        {
            events.Forget(updates);
        }
    }

    private static async Task WriteHtmlAsync(HttpContext context, int status, byte[] html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.Body.WriteAsync(html, context.RequestAborted);
    }

    /// <summary>What the preview shows until the content has built once: while the first build runs, or while it has errors (the overlay lists them).</summary>
    private static byte[] WaitingPage(string themeDirectory)
    {
        var strings = PreviewStrings.Read(themeDirectory);
        const string language = PreviewStrings.WaitingLanguage;
        string Text(string key) => Encoder.Encode(PreviewStrings.Get(strings, language, key));
        return Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + $"<title>{Text("waiting.title")}</title></head><body><main><h1>{Text("waiting.heading")}</h1>"
            + $"<p>{Text("waiting.text")}</p>"
            + "</main></body></html>");
    }

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The address a preview serves at.</summary>
    public static Uri Address(int port) => new($"http://localhost:{port.ToString(CultureInfo.InvariantCulture)}/");

    internal static bool IsPortTaken(Exception exception) =>
        exception is IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } or Microsoft.AspNetCore.Connections.AddressInUseException
        || (exception is IOException io && io.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        || exception.GetBaseException() is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse };

}
