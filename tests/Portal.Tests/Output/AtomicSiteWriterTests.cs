using Portal.Output;

namespace Portal.Tests.Output;

/// <summary>A build replaces the output folder whole, or not at all.</summary>
public sealed class AtomicSiteWriterTests
{
    [Test]
    public void A_successful_build_replaces_the_output_entirely_and_stale_files_go()
    {
        using var content = new TempContent();
        Directory.CreateDirectory(Path.Combine(content.OutputDirectory, "gammalt"));
        File.WriteAllText(Path.Combine(content.OutputDirectory, "gammalt", "sida.html"), "stale");
        File.WriteAllText(Path.Combine(content.OutputDirectory, "index.html"), "stale");
        OutputMark.WriteInto(content.OutputDirectory);

        var run = content.Build().AssertClean();

        Assert.That(run.Exists("gammalt/sida.html"), Is.False);
        Assert.That(Directory.Exists(Path.Combine(content.OutputDirectory, "gammalt")), Is.False);
        Assert.That(run.ReadText("index.html"), Does.StartWith("<!DOCTYPE html>"));
        Assert.That(DirectorySnapshot.HiddenSiblings(content.OutputDirectory), Is.Empty);
    }

    [Test]
    public void A_page_whose_content_was_removed_disappears_on_the_next_build()
    {
        using var content = new TempContent();
        content.Build().AssertClean();
        Assert.That(File.Exists(Path.Combine(content.OutputDirectory, "historia/vanortsrorelsen.html")), Is.True);

        content.Without("pages/historia/vanortsrorelsen.md");
        var run = content.Build().AssertClean();

        Assert.That(run.Exists("historia/vanortsrorelsen.html"), Is.False);
        Assert.That(run.Exists("en/historia/vanortsrorelsen.html"), Is.False);
        Assert.That(Directory.Exists(Path.Combine(content.OutputDirectory, "historia")), Is.False);
    }

    [Test]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte_and_no_staging_folder()
    {
        using var content = new TempContent();
        content.Build().AssertClean();
        var before = DirectorySnapshot.Take(content.OutputDirectory);
        var modified = File.GetLastWriteTimeUtc(Path.Combine(content.OutputDirectory, "index.html"));

        content.WithLine("partners/huddinge/vanda.md", 6, "type: twin-twon").With("pages/ny.md", "---\ntitle: Ny sida\n---\nNy.");
        var run = content.Build();

        Assert.That(run.Result.Succeeded, Is.False);
        Assert.That(DirectorySnapshot.Take(content.OutputDirectory), Is.EqualTo(before));
        Assert.That(File.GetLastWriteTimeUtc(Path.Combine(content.OutputDirectory, "index.html")), Is.EqualTo(modified));
        Assert.That(DirectorySnapshot.HiddenSiblings(content.OutputDirectory), Is.Empty);
        Assert.That(Directory.EnumerateFileSystemEntries(content.RootDirectory).Select(Path.GetFileName), Is.EquivalentTo(new[] { "content", "output", ".output.lock" }), "the first build's lock file stays");
    }

    [Test]
    public void A_failed_first_build_creates_no_output_folder()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 7, "status: avslutad");
        var run = content.Build();

        Assert.That(run.Result.Succeeded, Is.False);
        Assert.That(Directory.Exists(content.OutputDirectory), Is.False);
        Assert.That(DirectorySnapshot.HiddenSiblings(content.OutputDirectory), Is.Empty);
    }

    [Test]
    public void Writes_generated_and_copied_files_and_swaps_them_in()
    {
        using var directory = new TempDirectory();
        var source = directory.Combine("karta.png");
        File.WriteAllBytes(source, [1, 2, 3]);
        var output = directory.Combine("site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "old.txt"), "old");

        AtomicSiteWriter.Write(output, [OutputFile.Text("a/b/index.html", "<p>å</p>"), OutputFile.Copy("assets/karta.png", directory.FullPath, "karta.png")]);

        Assert.That(DirectorySnapshot.Take(output).Keys, Is.EqualTo(new[] { OutputMark.FileName, "a/b/index.html", "assets/karta.png" }));
        Assert.That(File.ReadAllText(Path.Combine(output, "a/b/index.html")), Is.EqualTo("<p>å</p>"));
        Assert.That(File.ReadAllBytes(Path.Combine(output, "assets/karta.png")), Is.EqualTo(new byte[] { 1, 2, 3 }));
        Assert.That(DirectorySnapshot.HiddenSiblings(output), Is.Empty);
    }

    [Test]
    public void A_write_that_fails_midway_keeps_the_previous_output()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "previous");

        Assert.That(
            () => AtomicSiteWriter.Write(output, [OutputFile.Text("index.html", "new"), OutputFile.Copy("assets/saknas.png", directory.FullPath, "saknas.png")]),
            Throws.InstanceOf<Exception>());

        Assert.That(File.ReadAllText(Path.Combine(output, "index.html")), Is.EqualTo("previous"));
        Assert.That(DirectorySnapshot.HiddenSiblings(output), Is.Empty);
    }
}
