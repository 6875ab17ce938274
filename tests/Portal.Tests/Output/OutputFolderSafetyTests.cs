using Portal.Output;

namespace Portal.Tests.Output;

/// <summary>Replacing the output folder must never take the editors' content (or anything around it) with it.</summary>
public sealed class OutputFolderSafetyTests
{
    [TestCase("content")]
    [TestCase(".")]
    public void An_output_folder_that_is_or_holds_the_content_folder_is_refused_and_the_content_is_kept(string output)
    {
        using var content = new TempContent();
        content.Write();
        var before = DirectorySnapshot.Take(content.ContentDirectory);

        var run = SiteBuilder.Run("content", output, null, workingDirectory: content.RootDirectory);

        Assert.That(Directory.Exists(content.ContentDirectory), Is.True, "the content folder was deleted");
        Assert.That(DirectorySnapshot.Take(content.ContentDirectory), Is.EqualTo(before));
        Assert.That(run.Result.Succeeded, Is.False, "the build should refuse to replace the folder holding its content");
    }

    [TestCase("utkast", "mitt-utkast.md")]
    [TestCase(".vscode", "settings.json")]
    public void A_folder_of_files_no_build_wrote_is_refused_and_kept_byte_for_byte(string output, string file)
    {
        using var content = new TempContent();
        content.Write();
        var folder = Path.Combine(content.RootDirectory, output);
        Directory.CreateDirectory(Path.Combine(folder, "bilder"));
        File.WriteAllText(Path.Combine(folder, file), "mitt eget");
        File.WriteAllText(Path.Combine(folder, "bilder", "karta.png"), "bild");
        var before = DirectorySnapshot.Take(folder);

        var run = SiteBuilder.Run("content", output, null, workingDirectory: content.RootDirectory);

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            $"{output}:1:1: error PT0029: '{output}' holds files that no portal build wrote ('bilder'), and the output folder is replaced whole on every build; choose a new or empty folder for --output, or move those files out first",
        }));
        Assert.That(DirectorySnapshot.Take(folder), Is.EqualTo(before));
        Assert.That(DirectorySnapshot.HiddenSiblings(folder), Is.Empty);
    }

    [Test]
    public void An_empty_folder_takes_the_site_and_is_marked_as_a_build_s()
    {
        using var content = new TempContent();
        Directory.CreateDirectory(content.OutputDirectory);

        content.Build().AssertClean();

        Assert.That(File.Exists(Path.Combine(content.OutputDirectory, "index.html")), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(content.OutputDirectory, OutputMark.FileName)), Does.Contain("portal built"));
    }

    [Test]
    public void A_folder_a_build_wrote_is_replaced_by_the_next_build_even_with_a_file_added_to_it()
    {
        using var content = new TempContent();
        content.Build().AssertClean();
        File.WriteAllText(Path.Combine(content.OutputDirectory, "kvar.txt"), "left by hand");

        content.Build().AssertClean();

        Assert.That(File.Exists(Path.Combine(content.OutputDirectory, "kvar.txt")), Is.False, "the output is the site, and only the site");
        Assert.That(File.Exists(Path.Combine(content.OutputDirectory, OutputMark.FileName)), Is.True);
    }

    [Test]
    public void A_site_built_before_outputs_were_marked_is_replaced()
    {
        using var content = new TempContent();
        content.Build().AssertClean();
        File.Delete(Path.Combine(content.OutputDirectory, OutputMark.FileName));

        content.Build().AssertClean();

        Assert.That(File.Exists(Path.Combine(content.OutputDirectory, OutputMark.FileName)), Is.True);
    }

    [Test]
    public void Check_reports_the_folder_a_build_would_refuse()
    {
        using var content = new TempContent();
        content.Write();
        Directory.CreateDirectory(content.OutputDirectory);
        File.WriteAllText(Path.Combine(content.OutputDirectory, "anteckningar.txt"), "mitt eget");
        var diagnostics = new DiagnosticBag();

        var files = PortalBuild.Generate(new BuildOptions(content.ContentDirectory, content.OutputDirectory, RepoPaths.Theme, null, content.RootDirectory, Today: TestDate.Today), diagnostics);

        Assert.That(files, Is.Null);
        Assert.That(diagnostics.Sorted().Single().Code, Is.EqualTo(DiagnosticCodes.OutputFolder));
    }
}
