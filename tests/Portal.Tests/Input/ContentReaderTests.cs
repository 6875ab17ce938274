using System.Text;
using Portal.Input;

namespace Portal.Tests.Input;

public sealed class ContentReaderTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Test]
    public void CRLF_line_endings_and_a_BOM_are_accepted_silently()
    {
        using var content = new TempContent();
        var crlf = TempContent.MinimalFiles["partners/huddinge/vanda.md"].Replace("\n", "\r\n") + "\r\n";
        content.WithBytes("partners/huddinge/vanda.md", [.. Bom, .. Encoding.UTF8.GetBytes(crlf)]);
        content.WithBytes("site.yml", [.. Bom, .. Encoding.UTF8.GetBytes(TempContent.MinimalFiles["site.yml"].Replace("\n", "\r\n"))]);

        var run = content.Build().AssertClean();

        var page = run.Html("samarbeten/huddinge/vanda.html");
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Vanda"));
        Assert.That(page.Title, Does.StartWith("Vanda").And.EndWith("Testportal"));
        var html = run.ReadText("samarbeten/huddinge/vanda.html");
        Assert.That(html.Contains('\r', StringComparison.Ordinal), Is.False, "no CR may reach a page");
        Assert.That(html.Contains('\uFEFF', StringComparison.Ordinal), Is.False, "no BOM may reach a page");
    }

    [Test]
    public void Positions_in_a_CRLF_file_with_a_BOM_are_the_same_as_in_an_LF_file()
    {
        using var content = new TempContent();
        var broken = TempContent.MinimalFiles["partners/huddinge/vanda.md"].Replace("type: twin-town", "type: twin-twon").Replace("\n", "\r\n");
        content.WithBytes("partners/huddinge/vanda.md", [.. Bom, .. Encoding.UTF8.GetBytes(broken)]);

        var run = content.Build();

        Assert.That(run.Lines, Has.Exactly(1).StartsWith("partners/huddinge/vanda.md:6:7: error PT0007: 'twin-twon' is not a valid value for 'type'"), run.Report);
    }

    [Test]
    public void Invalid_UTF8_names_the_byte_offset_and_its_line_and_column()
    {
        using var content = new TempContent();
        content.WithBytes("pages/stad.md", [.. "---\ntitle: Stad\n---\nG"u8.ToArray(), 0xF6, .. "teborg\n"u8.ToArray()]);

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            "pages/stad.md:4:2: error PT0019: the file is not valid UTF-8: byte 0xF6 at byte offset 21 cannot be decoded; save the file as UTF-8",
        }));
        Assert.That(run.Result.Succeeded, Is.False);
    }

    [Test]
    public void Invalid_UTF8_after_a_BOM_names_the_byte_offset_in_the_file()
    {
        // An editor looks the offset up in the file as saved, BOM included: 3 + 21 bytes precede the bad byte.
        using var content = new TempContent();
        content.WithBytes("pages/stad.md", [.. Bom, .. "---\ntitle: Stad\n---\nG"u8.ToArray(), 0xF6, .. "teborg\n"u8.ToArray()]);

        var run = content.Build();

        Assert.That(run.Errors.Single().Message, Does.Contain("byte 0xF6 at byte offset 24 "), run.Report);
        Assert.That(run.Errors.Single().Location.Line, Is.EqualTo(4));
    }

    [Test]
    public void Invalid_UTF8_in_a_data_file_is_reported_too()
    {
        using var content = new TempContent();
        content.WithBytes("data/orsaker.csv", [.. "Orsak,Andel\nBrist p"u8.ToArray(), 0xE5, .. " tid,26\n"u8.ToArray()]);

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            "data/orsaker.csv:2:8: error PT0019: the file is not valid UTF-8: byte 0xE5 at byte offset 19 cannot be decoded; save the file as UTF-8",
        }));
    }

    [Test]
    public void Hidden_files_that_editors_tools_leave_behind_are_skipped()
    {
        using var content = new TempContent();
        content.WithBytes("municipalities/.DS_Store", [0x00, 0x01, 0xFF]);
        content.With(".git/config", "[core]");
        content.With("pages/.om.md.swp", "not markdown");

        content.Build().AssertClean();
    }

    [Test]
    public void A_file_at_the_top_of_the_content_folder_other_than_site_yml_is_a_warning()
    {
        using var content = new TempContent();
        content.With("anteckningar.md", "---\ntitle: x\n---\n");

        var run = content.Build();

        Assert.That(run.Result.Succeeded, Is.True);
        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            "anteckningar.md:1:1: warning PT0026: only site.yml belongs at the top of the content folder; move this file into one of its folders",
        }));
        Assert.That(run.Exists("anteckningar.html"), Is.False);
    }

    private static (ContentReader Reader, RawContent First) ReadOnce(TempContent content)
    {
        content.Write();
        var reader = new ContentReader(content.ContentDirectory, content.RootDirectory);
        return (reader, reader.Read(["sv", "en"], ContentLimits.Default, new DiagnosticBag()));
    }

    [Test]
    public void Reading_again_what_changed_gives_the_edited_file_and_keeps_the_rest()
    {
        using var content = new TempContent();
        var (reader, first) = ReadOnce(content);
        File.WriteAllText(Path.Combine(content.ContentDirectory, "partners/huddinge/vanda.md"), TempContent.MinimalFiles["partners/huddinge/vanda.md"].Replace("name: Vanda", "name: Vantaa stad", StringComparison.Ordinal));

        var again = reader.Reread(first, ["partners/huddinge/vanda.md"], ContentLimits.Default, new DiagnosticBag())!;

        Assert.Multiple(() =>
        {
            Assert.That(again.Documents.Select(d => d.Path.RelativePath), Is.EqualTo(first.Documents.Select(d => d.Path.RelativePath)));
            Assert.That(again.Documents.Single(d => d.Path.RelativePath == "partners/huddinge/vanda.md").Document.File.Text, Does.Contain("name: Vantaa stad"));
            Assert.That(again.Documents.Where(d => d.Path.RelativePath != "partners/huddinge/vanda.md"), Is.EqualTo(first.Documents.Where(d => d.Path.RelativePath != "partners/huddinge/vanda.md")), "the others as they were read");
        });
    }

    [TestCase("partners/huddinge/esbo.md", TestName = "A file added")]
    [TestCase("site.yml", TestName = "site.yml")]
    [TestCase("pages/om.md", TestName = "A file removed")]
    public void Only_a_whole_read_sees_more_than_an_edit(string path)
    {
        using var content = new TempContent();
        var (reader, first) = ReadOnce(content);
        var full = Path.Combine(content.ContentDirectory, path);
        if (path == "pages/om.md")
        {
            File.Delete(full);
        }
        else
        {
            File.WriteAllText(full, File.Exists(full) ? File.ReadAllText(full) + "\n" : TempContent.MinimalFiles["partners/huddinge/vanda.md"]);
        }

        Assert.That(reader.Reread(first, [path], ContentLimits.Default, new DiagnosticBag()), Is.Null);
    }
}
