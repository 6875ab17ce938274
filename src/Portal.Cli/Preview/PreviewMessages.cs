using System.Text.Json;
using Portal.Diagnostics;
using Portal.Preview;

namespace Portal.Cli.Preview;

/// <summary>What the preview's event stream tells one browser about its page, as server-sent events.</summary>
public static class PreviewMessages
{
    /// <summary>
    /// The event for a browser showing <paramref name="page"/> as of <paramref name="shownVersion"/>: the errors
    /// while the content cannot be built, a reload when its page is out of date, else "ok".
    /// </summary>
    public static PreviewMessage For(PreviewState state, SiteVersion? site, string page, int shownVersion)
    {
        if (!state.Succeeded)
        {
            return new PreviewMessage("errors", JsonSerializer.Serialize(state.Diagnostics.Select(Describe).ToList(), PreviewJsonContext.Default.ListOverlayLine));
        }

        return site is not null && site.IsStale(page, shownVersion)
            ? new PreviewMessage(PreviewMessage.Reload, site.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : new PreviewMessage(PreviewMessage.Ok, "{}");
    }

    private static OverlayLine Describe(Diagnostic diagnostic) =>
        new(diagnostic.Location.ToString(), diagnostic.IsError ? "error" : "warning", diagnostic.Code, diagnostic.Message);

    internal sealed record OverlayLine(string Location, string Severity, string Code, string Message);
}

/// <summary>One server-sent event: "errors", "reload" or "ok", and its data.</summary>
public sealed record PreviewMessage(string Name, string Data)
{
    /// <summary>The page is up to date with the latest good build.</summary>
    public const string Ok = "ok";

    /// <summary>The page changed: the browser loads it again.</summary>
    public const string Reload = "reload";

    /// <summary>As written on the event stream.</summary>
    public string ToEventStream() => $"event: {Name}\ndata: {Data}\n\n";
}
