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
    public static string For(PreviewState state, SiteVersion? site, string page, int shownVersion)
    {
        if (!state.Succeeded)
        {
            return Event("errors", JsonSerializer.Serialize(state.Diagnostics.Select(Describe).ToList(), JsonOptions));
        }

        return site is not null && site.IsStale(page, shownVersion) ? Event("reload", site.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)) : Event("ok", "{}");
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static OverlayLine Describe(Diagnostic diagnostic) =>
        new(diagnostic.Location.ToString(), diagnostic.IsError ? "error" : "warning", diagnostic.Code, diagnostic.Message);

    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    private sealed record OverlayLine(string Location, string Severity, string Code, string Message);
}
