namespace Portal.Tests.Pipeline;

/// <summary>
/// A build puts each page into a staging folder as soon as it is rendered. A page that cannot be written there is an
/// error like any other: the build reports it, removes what it staged, and leaves the previous output as it was.
/// </summary>
public sealed class StagedWriteTests
{
    [Test]
    public void A_page_the_file_system_cannot_take_fails_the_build_and_leaves_the_previous_output()
    {
        using var content = new TempContent();
        var previous = content.Build().AssertClean();
        var before = DirectorySnapshot.Take(previous.OutputDirectory);

        // Its content file's name fits the file system's 255 bytes; its page's, with ".html" for ".md", does not.
        var run = content.With($"pages/{new string('a', 251)}.md", "---\ntitle: Lång\n---\nText.\n").Build();

        Assert.That(run.Result.Succeeded, Is.False);
        Assert.That(run.Lines, Has.Some.Match(@"output:1:1: error PT0029: the site could not be written: .*aaaa\.html"), run.Report);
        Assert.That(DirectorySnapshot.Take(run.OutputDirectory), Is.EqualTo(before), "the previous output, byte for byte");
        Assert.That(DirectorySnapshot.HiddenSiblings(run.OutputDirectory), Is.Empty, "no staging folder is left beside the output");
    }
}
