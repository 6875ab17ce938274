using System.Text;
using System.Text.RegularExpressions;
using Portal.Markdown.Links;

namespace Portal.Tests.Markdown.Links;

/// <summary>A link's scheme is read as a browser reads it, so no javascript: or data: link passes for a path.</summary>
public sealed class UrlSafetyTests
{
    [TestCase("https://example.org/", "https")]
    [TestCase("HTTPS://example.org/", "https")]
    [TestCase("mailto:info@huddinge.se", "mailto")]
    [TestCase("tel:+4687301000", "tel")]
    [TestCase("javascript:alert(1)", "javascript")]
    [TestCase("java\tscript:alert(1)", "javascript")]
    [TestCase(" javascript:alert(1)", "javascript")]
    [TestCase("\u0001data:text/html,x", "data")]
    [TestCase("JaVa\nScRiPt:alert(1)", "javascript")]
    [TestCase("web+app:x", "web+app")]
    [TestCase("../beslut/x.html", null)]
    [TestCase("beslut/x.html#a:b", null)]
    [TestCase("1abc:x", null)]
    [TestCase(":x", null)]
    [TestCase("", null)]
    public void Reads_the_scheme_ignoring_what_browsers_ignore(string url, string? scheme) =>
        Assert.That(UrlSafety.SchemeOf(url), Is.EqualTo(scheme));

    [TestCase("javascript:alert(1)", false)]
    [TestCase("java\u0000script:alert(1)", false)]
    [TestCase("data:text/html,x", false)]
    [TestCase("https://example.org/", true)]
    [TestCase("samarbeten/huddinge/vanda.html", true)]
    public void Allows_only_web_mail_and_phone_addresses_and_paths(string url, bool allowed) =>
        Assert.That(UrlSafety.IsAllowed(url), Is.EqualTo(allowed));

    /// <summary>Any string, however its characters mix, gets the scheme the definition gives: control characters and spaces removed first, then a scheme before the first colon.</summary>
    [Test]
    public void Any_url_gets_the_scheme_the_definition_gives()
    {
        var random = new Random(2026);
        const string alphabet = "aZj9+.-:/# \t\n\u0001\u007F\u0085éS";
        Assert.Multiple(() =>
        {
            for (var n = 0; n < 5000; n++)
            {
                var url = new StringBuilder();
                for (var i = random.Next(0, 12); i > 0; i--)
                {
                    url.Append(alphabet[random.Next(alphabet.Length)]);
                }

                var text = url.ToString();
                Assert.That(UrlSafety.SchemeOf(text), Is.EqualTo(Definition(text)), text);
            }
        });
    }

    private static string? Definition(string url)
    {
        var match = Regex.Match(Regex.Replace(url, @"[\u0000-\u0020\u007F-\u009F]", string.Empty), @"^([a-zA-Z][a-zA-Z0-9+.\-]*):");
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }
}
