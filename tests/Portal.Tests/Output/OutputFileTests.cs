using System.Text;
using Portal.Output;

namespace Portal.Tests.Output;

/// <summary>Two files of a built site are the same file when their paths and contents are, whoever built the bytes.</summary>
public sealed class OutputFileTests
{
    [Test]
    public void Files_with_the_same_path_and_bytes_are_equal_though_built_apart()
    {
        var first = OutputFile.Text("om.html", "<h1>Om</h1>");
        var second = new OutputFile("om.html", Encoding.UTF8.GetBytes("<h1>Om</h1>"));

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(second));
            Assert.That(first == second, Is.True);
            Assert.That(first.GetHashCode(), Is.EqualTo(second.GetHashCode()));
            Assert.That(new[] { first, second }.Distinct().Count(), Is.EqualTo(1));
        });
    }

    [TestCase("om.html", "<h1>Nu</h1>", TestName = "Other bytes of the same length make another file")]
    [TestCase("om.html", "<h1>Om</h1>\n", TestName = "Other bytes of another length make another file")]
    [TestCase("index.html", "<h1>Om</h1>", TestName = "The same bytes at another path make another file")]
    public void Files_differing_in_path_or_bytes_are_not_equal(string path, string text)
    {
        Assert.That(OutputFile.Text(path, text), Is.Not.EqualTo(OutputFile.Text("om.html", "<h1>Om</h1>")));
    }

    [Test]
    public void Copies_are_equal_when_they_copy_the_same_file_to_the_same_path()
    {
        var copy = OutputFile.Copy("assets/karta.png", "/innehåll", "assets/karta.png");

        Assert.Multiple(() =>
        {
            Assert.That(copy, Is.EqualTo(OutputFile.Copy("assets/karta.png", "/innehåll", "assets/karta.png")));
            Assert.That(copy, Is.Not.EqualTo(OutputFile.Copy("assets/karta.png", "/tema", "assets/karta.png")));
            Assert.That(copy, Is.Not.EqualTo(OutputFile.Text("assets/karta.png", string.Empty)), "a copy is not generated content");
        });
    }

    [Test]
    public void A_written_file_holds_no_bytes_until_it_is_put_somewhere_and_then_has_what_its_writer_wrote()
    {
        var calls = 0;
        var file = OutputFile.Written("data/stor.json", stream =>
        {
            calls++;
            stream.Write("[1,2]\n"u8);
        });

        Assert.Multiple(() =>
        {
            Assert.That(file.Content, Is.Null);
            Assert.That(calls, Is.Zero, "nothing is written before the file goes to an output");
            Assert.That(file.InMemory().Content, Is.EqualTo("[1,2]\n"u8.ToArray()));
            Assert.That(file.InMemory(), Is.EqualTo(OutputFile.Text("data/stor.json", "[1,2]\n")));
        });
    }
}
