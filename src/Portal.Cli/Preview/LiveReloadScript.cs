using System.Globalization;
using System.Net;
using System.Text;

namespace Portal.Cli.Preview;

/// <summary>Adds the preview's script to a page as it is served, naming the page and the version it shows.</summary>
public static class LiveReloadScript
{
    public static byte[] Inject(byte[] html, string page, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = string.Create(
            CultureInfo.InvariantCulture,
            $"<script src=\"/_portal/preview.js\" data-page=\"{WebUtility.HtmlEncode(page)}\" data-version=\"{version}\" defer></script>");
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? text + tag : text.Insert(end, tag));
    }
}
