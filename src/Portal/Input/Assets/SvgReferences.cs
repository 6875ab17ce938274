using System.Text.RegularExpressions;
using Portal.Markdown.Links;

namespace Portal.Input.Assets;

/// <summary>
/// What an href in a published SVG may point to. A link (&lt;a&gt;) follows the site's rule for links; a picture
/// (&lt;image&gt;, &lt;feImage&gt;) must be embedded in the file; everything else may only refer to an element of the
/// same file.
/// </summary>
internal static partial class SvgReferences
{
    /// <summary>C0 controls and space: what the URL parser strips from both ends of a URL.</summary>
    private static readonly char[] Invisible = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    /// <summary>
    /// The value as a browser's URL parser reads it: leading and trailing control characters and spaces dropped, and
    /// tabs and line breaks anywhere removed, so <c>" #a"</c> is the fragment <c>#a</c>.
    /// </summary>
    public static string AsBrowserReadsIt(string value)
    {
        var trimmed = value.AsSpan().Trim(Invisible);
        return trimmed.ContainsAny('\t', '\n', '\r')
            ? string.Concat(trimmed.ToString().Split(['\t', '\n', '\r']))
            : trimmed.ToString();
    }

    /// <summary>
    /// A reference to an element of this file, or to nothing at all (an empty href refers to the file itself).
    /// </summary>
    public static bool IsLocal(string value) => AsBrowserReadsIt(value) is var url && (url.Length == 0 || url[0] == '#');

    /// <summary>The scheme that makes a link unsafe (javascript, data, …), or null when the site allows the link.</summary>
    public static string? UnsafeLinkScheme(string value) =>
        UrlSafety.IsAllowed(value) ? null : UrlSafety.SchemeOf(value);

    /// <summary>
    /// A picture embedded as base64 in one of the raster formats every browser decodes as an image (image/jpg is not a
    /// registered type, but tools write it and browsers read it). Not image/svg+xml: we could not check what is inside.
    /// </summary>
    public static bool IsEmbeddedPicture(string value)
    {
        var url = AsBrowserReadsIt(value);
        var prefix = EmbeddedPicture().Match(url);
        if (!prefix.Success)
        {
            return false;
        }

        foreach (var c in url.AsSpan(prefix.Length))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or ' ' or '\f'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A value fit for a one-line message: control characters as spaces, and at most 60 characters.</summary>
    public static string Show(string value)
    {
        const int Max = 60;
        var chars = value.Trim().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        var shown = new string(chars);
        return shown.Length <= Max ? shown : string.Concat(shown.AsSpan(0, Max), "…");
    }

    [GeneratedRegex(@"^data:image/(png|jpeg|jpg|gif|webp|avif);base64,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedPicture();
}
