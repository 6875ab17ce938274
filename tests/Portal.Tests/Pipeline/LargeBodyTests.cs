using System.Text;

namespace Portal.Tests.Pipeline;

/// <summary>
/// A body just under the size limit for a text file (made here, not kept in the repository) builds like any other, and
/// one just over it is refused at the file, unread. How long the largest bodies take, and how much memory, is measured
/// in the hostile-input tests (Cli/HostileInputTests.cs) with the real command line.
/// </summary>
public sealed class LargeBodyTests
{
    private static readonly long Limit = ContentLimits.Default.TextFileSize;

    [Test]
    public void A_body_just_under_the_size_limit_builds_without_error()
    {
        var body = LongBody((int)(Limit * 19 / 20));
        using var content = new TempContent();
        content.With("pages/stor.md", "---\ntitle: En mycket lång sida\n---\n" + body + "Sista stycket.\n");
        Assert.That(Encoding.UTF8.GetByteCount(body), Is.InRange(Limit * 9 / 10, Limit - 64), "the body must come close to the limit, and stay under it");

        var run = content.Build();

        run.AssertClean();
        var page = run.ReadText("stor.html");
        Assert.That(page, Does.Contain("Sista stycket.").And.Contain("<table").And.Contain("href=\"samarbeten/huddinge/vanda.html\""));
    }

    [Test]
    public void A_body_over_the_size_limit_is_refused_at_the_file_and_the_output_is_left_as_it_was()
    {
        var body = LongBody((int)Limit);
        using var content = new TempContent();
        content.Build().AssertClean();
        var before = DirectorySnapshot.Take(content.OutputDirectory);
        content.With("pages/stor.md", "---\ntitle: En mycket lång sida\n---\n" + body);
        var size = Encoding.UTF8.GetByteCount("---\ntitle: En mycket lång sida\n---\n" + body + "\n");

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            $"pages/stor.md:1:1: error PT0044: the file is {FileSize.Describe(size)}, more than the limit of 512 KB; split it, or raise limits.textFileSize in site.yml",
        }));
        Assert.That(DirectorySnapshot.Take(content.OutputDirectory), Is.EqualTo(before));
    }

    [Test]
    public void A_raised_limit_lets_a_larger_body_build()
    {
        var body = LongBody((int)(Limit + (Limit / 2)));
        using var content = new TempContent();
        content.With("site.yml", TempContent.MinimalFiles["site.yml"] + "\nlimits:\n  textFileSize: 2 MB\n");
        content.With("pages/stor.md", "---\ntitle: En mycket lång sida\n---\n" + body + "Sista stycket.\n");

        var run = content.Build();

        run.AssertClean();
        Assert.That(run.ReadText("stor.html"), Does.Contain("Sista stycket."));
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
