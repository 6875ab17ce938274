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
}
