using System.Text;
using Portal.Cli;
using Portal.Cli.Commands;

namespace Portal.Tests.Input;

/// <summary>
/// Text from content may not hold control characters other than tab, line feed and carriage return: none can be shown
/// on a page, and in HTML each is a parse error. Each is an error at its line and column. In a file name one would
/// forge an extra line of the build's report, so names with them are refused, and every message is printed on one line.
/// </summary>
public sealed class ControlCharacterTests
{
    private static string Message(string path, int line, int column, string character) =>
        $"{path}:{line}:{column}: error PT0046: the text holds {character}, which no page can show; remove it (such characters often come with text pasted from another program)";

    [Test]
    public void A_control_character_in_a_body_is_an_error_at_its_line_and_column_and_nothing_is_published()
    {
        using var content = new TempContent();
        content.Build().AssertClean();
        var before = DirectorySnapshot.Take(content.OutputDirectory);
        content.WithAboutPage("Portalen visar\u0001 samarbeten.\n");

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { Message("pages/om.md", 4, 15, "the control character U+0001") }));
        Assert.That(DirectorySnapshot.Take(content.OutputDirectory), Is.EqualTo(before));
    }

    [Test]
    public void Control_characters_in_front_matter_and_data_files_are_errors_with_their_names()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 3, "localName: \"Van\u001Btaa\"");
        content.With("data/antal.csv", "år;antal\n2018;27\u00852\n");
        content.With("pages/tabell.md", "---\ntitle: Tabell\n---\nText\0 med en nollbyte och \uFFFE.\n");

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            Message("data/antal.csv", 2, 8, "the control character U+0085 (next line; often a '…' from a Windows text converted wrongly)"),
            Message("pages/tabell.md", 4, 5, "the control character U+0000 (a null byte)"),
            Message("pages/tabell.md", 4, 27, "the noncharacter U+FFFE"),
            Message("partners/huddinge/vanda.md", 3, 16, "the control character U+001B (escape)"),
        }));
    }

    [Test]
    public void Tabs_and_both_kinds_of_line_break_are_text()
    {
        using var content = new TempContent();
        content.WithBytes("pages/om.md", Encoding.UTF8.GetBytes("---\r\ntitle: Om portalen\r\n---\r\nKolumn\tett och två.\r\n"));

        content.Build().AssertClean();
    }

    [Test]
    public void A_file_full_of_them_reports_the_first_ten_and_counts_the_rest()
    {
        using var content = new TempContent();
        content.WithAboutPage("" + string.Concat(Enumerable.Repeat("a\u0002", 25)) + "\n");

        var run = content.Build();

        Assert.That(run.Lines, Has.Count.EqualTo(11));
        Assert.That(run.Lines.Take(10), Is.EqualTo(Enumerable.Range(0, 10).Select(i => Message("pages/om.md", 4, 2 + (2 * i), "the control character U+0002"))));
        Assert.That(run.Lines[10], Is.EqualTo("pages/om.md:4:22: error PT0046: 15 more control character(s) from here on; remove them all (search the file for them, or paste the text again as plain text)"));
    }

    [Test]
    public void A_file_name_with_a_line_break_is_one_error_on_one_line_of_the_report()
    {
        using var content = new TempContent();
        content.Write();
        var name = "beslut.pdf\nforged.md:1:1: error PT0001: forged";
        File.WriteAllText(Path.Combine(content.ContentDirectory, "assets", name), "%PDF-1.4\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = CommandLine.Run(["build", "--input", "content", "--output", "site", "--theme", RepoPaths.Theme], output, errors, content.RootDirectory, new BuildCommand());

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors.ToString().TrimEnd('\n').Split('\n'), Is.EqualTo(new[]
        {
            "content/assets/beslut.pdf\\nforged.md:1:1: error PT0001: forged:1:1: error PT0046: the file's name holds a control character (such as a line break); rename the file",
        }));
    }
}
