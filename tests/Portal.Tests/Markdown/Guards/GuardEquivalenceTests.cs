using System.Text;
using Markdig;
using Portal.Markdown;

namespace Portal.Tests.Markdown.Guards;

/// <summary>
/// The guards that make Markdig linear (links, inline HTML, heading ids) change nothing a page shows: the guarded
/// pipeline renders every document as Markdig alone does. Checked on the cases the guards decide, and on thousands of
/// random documents made of the characters they look at (a fixed seed, so a failure can be reproduced).
/// </summary>
public sealed class GuardEquivalenceTests
{
    private static readonly MarkdownPipeline Guarded = MarkdownPipelineFactory.Create(ContentLimits.Default);

    /// <summary>Our pipeline as it was before the guards: Markdig's own parsers.</summary>
    private static readonly MarkdownPipeline Plain = MarkdownPipelineFactory.Features(ContentLimits.Default).Build();

    private static void AssertAlike(string markdown) =>
        Assert.That(Markdig.Markdown.ToHtml(markdown, Guarded), Is.EqualTo(Markdig.Markdown.ToHtml(markdown, Plain)), markdown.Replace("\n", "\\n", StringComparison.Ordinal));

    [TestCase("[a](/u)")]
    [TestCase("[a](/u \"title\")")]
    [TestCase("[a](/u 'title')")]
    [TestCase("[a](/u (title))")]
    [TestCase("[a](/u (x(y)))")]
    [TestCase("[a](/u(x)y)")]
    [TestCase("[a](/u((x))")]
    [TestCase("[a](/u\\(x)")]
    [TestCase("[a](<b c>)")]
    [TestCase("[a](<b)c>)")]
    [TestCase("[a](<b\nc>)")]
    [TestCase("[a](b\nc)")]
    [TestCase("[a](  /u  )")]
    [TestCase("[a]( )")]
    [TestCase("[a]()")]
    [TestCase("[a](")]
    [TestCase("[a](b")]
    [TestCase("[a](b (")]
    [TestCase("[ (](")]
    [TestCase("[a](b \"t)")]
    [TestCase("[a](/u \"t\" x)")]
    [TestCase("![i](/a.png \"t\")")]
    [TestCase("[a](b) [c](d) [e](")]
    [TestCase("[a]\n\n[a]: /u")]
    [TestCase("[a](not a link)\n\n[a]: /u")]
    [TestCase("[a](b\n\n[a]: /u")]
    [TestCase("<http://a.example/?b> <a@b.example>")]
    [TestCase("x <?php echo 1; ?> y")]
    [TestCase("x <? y")]
    [TestCase("x <!-- c --> y <!-- d")]
    [TestCase("x <!--> y <!---> z")]
    [TestCase("x <![CDATA[ a ]]> y <![CDATA[ b")]
    [TestCase("x <!DOCTYPE html> y <!A")]
    [TestCase("# a\n\n# a\n\n# a")]
    [TestCase("# a\n\n# a-1\n\n# a\n\n# a")]
    [TestCase("# a-1\n\n# a\n\n# a")]
    [TestCase("# a {#a-2}\n\n# a\n\n# a\n\n# a")]
    [TestCase("a\n===\n\na\n---\n\n# a")]
    [TestCase("# *a*\n\n# `a`\n\n# [a](/u)\n\n# ä & ö")]
    [TestCase("#\n\n# -\n\n# 1\n\n# 1")]
    public void The_cases_the_guards_decide_render_as_markdig_renders_them(string markdown) => AssertAlike(markdown);

    [TestCase(1, "links")]
    [TestCase(2, "html")]
    [TestCase(3, "headings")]
    public void Random_documents_render_as_markdig_renders_them(int seed, string kind)
    {
        string[] atoms = kind switch
        {
            "links" => ["[", "]", "(", ")", "<", ">", "\\", "\"", "'", " ", "\n", "a", "!", "*", "_", "`", "](", "[a]", "(<", "\t", "|", "{", "}", "# ", "\n\n", "http://x.y/", "\n> ", "\n- ", "[^a]", "]{lang=sv}", "{x=", "{#a}"],
            "html" => ["<", ">", "?", "!", "-", "--", "<!--", "-->", "<?", "?>", "<![CDATA[", "]]>", "]", "[", "<!A", "a", "@", "x@y.z", "http:", " ", "\n", "\\", "/", "<a", "\"", "`", "<!-->", "<!--->"],
            _ => ["# a\n", "# a-1\n", "## a 1\n", "# A\n", "#\n", "# *a*\n", "# `a`\n", "# a {#a-2}\n", "a\n===\n", "# section\n", "# -\n", "# a-1-1\n", "> # a\n", "- # a\n", "# ä ü\n", "\n", "text\n", "# 1\n", "# 1-1\n"],
        };
        string[] prefixes = ["", "[a]: /u\n\n", "[a]: /u 'T'\n[b]: </v>\n\n", "[^a]: note\n\n", "*[a]: abbr\n\n", "|a|b|\n|-|-|\n"];
        var random = new Random(seed);
        Assert.Multiple(() =>
        {
            for (var i = 0; i < 3_000; i++)
            {
                var text = new StringBuilder(prefixes[random.Next(prefixes.Length)]);
                for (var length = random.Next(1, 40); length > 0; length--)
                {
                    text.Append(atoms[random.Next(atoms.Length)]);
                }

                AssertAlike(text.ToString());
            }
        });
    }
}
