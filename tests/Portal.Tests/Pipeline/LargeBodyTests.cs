using System.Diagnostics;
using System.Text;
using Portal.Tests.Support;

namespace Portal.Tests.Pipeline;

/// <summary>
/// A body of 5 MB (made here, not kept in the repository) builds like any other. The time bound is generous, far
/// above the few seconds such a build takes, and is there to catch work that grows with the square of a page's size
/// (a search of the whole text per link once made this build take minutes).
/// </summary>
public sealed class LargeBodyTests
{
    private const int Megabytes = 5;

    [Test]
    public void A_five_megabyte_body_builds_without_error_in_reasonable_time()
    {
        var body = LongBody(Megabytes * 1024 * 1024);
        Assert.That(Encoding.UTF8.GetByteCount(body), Is.GreaterThanOrEqualTo(Megabytes * 1024 * 1024));
        using var content = new TempContent();
        content.With("pages/stor.md", "---\ntitle: En mycket lång sida\n---\n" + body + "Sista stycket.\n");

        var clock = Stopwatch.StartNew();
        var run = content.Build();
        clock.Stop();
        TestContext.Out.WriteLine($"a {Megabytes} MB body built in {clock.Elapsed.TotalSeconds:0.0} s (the build's own count: {run.Result.Elapsed.TotalSeconds:0.0} s)");

        run.AssertClean();
        var page = run.ReadText("stor.html");
        Assert.That(page, Does.Contain("Sista stycket.").And.Contain("<table").And.Contain("href=\"samarbeten/huddinge/vanda.html\""));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(90)), "a long page must not take minutes to build");
    }

    /// <summary>
    /// Sections of paragraphs with links, emphasis, lists and tables, as an editor writes them: <paramref name="bytes"/>
    /// characters, a little more in UTF-8 bytes.
    /// </summary>
    private static string LongBody(int bytes)
    {
        string[] words = ["vänort", "samarbete", "kommunen", "Vanda", "Huddinge", "kultur", "utbyte", "skolor", "föreningen", "Norden", "beslut", "avtal", "partnerskap", "demokrati", "miljö", "ungdomar"];
        var text = new StringBuilder(bytes + 4096);
        for (var i = 0; text.Length < bytes; i++)
        {
            var word = words[i % words.Length];
            switch (i % 50)
            {
                case 0:
                    text.Append($"## Avsnitt {i}\n\n");
                    break;
                case 1:
                    text.Append("| År | Antal | Kommentar |\n|---:|---:|---|\n");
                    for (var row = 0; row < 20; row++)
                    {
                        text.Append($"| {1950 + row} | {row * 3} | {words[row % words.Length]} |\n");
                    }

                    text.Append('\n');
                    break;
                case 2:
                    for (var item = 0; item < 10; item++)
                    {
                        text.Append($"- {words[item % words.Length]} och *{word}*\n");
                    }

                    text.Append('\n');
                    break;
                default:
                    for (var w = 0; w < 60; w++)
                    {
                        text.Append(words[(i + w) % words.Length]).Append(' ');
                    }

                    text.Append($"med **{word}**, [Vanda](../partners/huddinge/vanda.md) och [källan](https://example.org/{i}). Stycke {i}.\n\n");
                    break;
            }
        }

        return text.ToString();
    }
}
