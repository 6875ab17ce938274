using System.Buffers;
using System.Text.RegularExpressions;

namespace Portal.Markdown.Links;

/// <summary>Which link targets may reach a page: web, mail and phone addresses, and relative paths. Never <c>javascript:</c> or <c>data:</c>.</summary>
public static partial class UrlSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    private static readonly SearchValues<char> SchemeCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+.-");

    /// <summary>The URL's scheme in lower case, or null for a relative URL. Control characters and spaces are ignored, as browsers do.</summary>
    public static string? SchemeOf(string url)
    {
        // Most links are paths: without a colon there is no scheme, invisible characters or not.
        var colon = url.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        // Most of the rest are written plainly (https:, mailto:), and read so without the regular expressions: with
        // nothing but a scheme's characters before the first colon, nothing there is invisible either.
        var before = url.AsSpan(0, colon);
        if (before.Length > 0 && char.IsAsciiLetter(before[0]) && !before.ContainsAnyExcept(SchemeCharacters))
        {
            return before.ToString().ToLowerInvariant();
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
