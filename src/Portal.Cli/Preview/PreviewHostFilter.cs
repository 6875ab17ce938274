using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Portal.Cli.Preview;

/// <summary>
/// Answers only requests addressed to the preview itself: <c>Host</c> is <c>localhost</c>, <c>127.0.0.1</c> or
/// <c>[::1]</c> (the name in any case) with the server's own port. A page on another site whose name an attacker
/// makes resolve to 127.0.0.1 (DNS rebinding) sends its own name as the host, so it never reads the drafts.
/// </summary>
/// <remarks>
/// A name without a port is accepted only when the port is 80: HTTP/1.1 clients send the port whenever it is not the
/// default one, so a bare name on any other port was meant for another server. A missing or empty <c>Host</c> gets
/// 400 Bad Request (what HTTP/1.1 requires of a server); any other foreign host 421 Misdirected Request, the status
/// for "this server does not answer for that name". ASP.NET Core's own host filtering is not used: its
/// <c>AllowedHosts</c> ignore the port.
/// </remarks>
public sealed class PreviewHostFilter(int port)
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    private readonly FrozenSet<string> _hosts = LoopbackNames
        .Select(name => $"{name}:{port.ToString(CultureInfo.InvariantCulture)}")
        .Concat(port == 80 ? LoopbackNames : [])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a <c>Host</c> header value names this preview.</summary>
    public bool Allows(string? host) => host is not null && _hosts.Contains(host);

    /// <summary>Middleware: passes a request for this preview on, refuses any other with a short plain-text answer.</summary>
    public async Task FilterAsync(HttpContext context, RequestDelegate next)
    {
        var host = context.Request.Headers.Host;
        if (host.Count == 1 && Allows(host[0]))
        {
            await next(context);
            return;
        }

        var missing = host.Count == 0 || string.IsNullOrEmpty(host[0]);
        var body = Encoding.UTF8.GetBytes(missing
            ? "The request has no Host header.\n"
            : $"This preview answers only at http://localhost:{port.ToString(CultureInfo.InvariantCulture)}/.\n");
        context.Response.StatusCode = missing ? StatusCodes.Status400BadRequest : StatusCodes.Status421MisdirectedRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength = body.Length;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
