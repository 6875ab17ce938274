using System.Text.RegularExpressions;

namespace Portal.Markdown.Links;

/// <summary>Which link targets may reach a page: web, mail and phone addresses, and relative paths. Never <c>javascript:</c> or <c>data:</c>.</summary>
public static partial class UrlSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>The URL's scheme in lower case, or null for a relative URL. Control characters and spaces are ignored, as browsers do.</summary>
    public static string? SchemeOf(string url)
    {
        // Most links are paths: without a colon there is no scheme, invisible characters or not.
        if (!url.Contains(':'))
        {
            return null;
        }

        var cleaned = Invisible().Replace(url, string.Empty);
        var match = Scheme().Match(cleaned);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    public static bool IsAllowed(string url) => SchemeOf(url) is not { } scheme || AllowedSchemes.Contains(scheme);

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"[\u0000-\u0020\u007F-\u009F]")]
    private static partial Regex Invisible();
}
