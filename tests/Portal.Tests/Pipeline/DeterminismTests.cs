namespace Portal.Tests.Pipeline;

public sealed class DeterminismTests
{
    [Test]
    public void Building_the_demo_content_twice_gives_byte_identical_output()
    {
        var first = DemoSite.Get();
        Assert.That(first.Result.Succeeded, Is.True, first.Report);

        using var directory = new TempDirectory("portal-demo-again");
        var second = SiteBuilder.Run(RepoPaths.DemoInput, directory.Combine("output"), DemoSite.BaseUrl, workingDirectory: RepoPaths.Root);
        Assert.That(second.Result.Succeeded, Is.True, second.Report);

        var a = DirectorySnapshot.Take(first.OutputDirectory);
        var b = DirectorySnapshot.Take(second.OutputDirectory);
        Assert.That(b.Keys, Is.EqualTo(a.Keys));
        Assert.That(a.Where(f => b[f.Key] != f.Value).Select(f => f.Key), Is.Empty, "files that differ between two builds");
    }

    [Test]
    public void The_same_content_in_different_folders_gives_the_same_output()
    {
        using var one = new TempContent();
        using var two = new TempContent();
        var first = one.Build().AssertClean();
        var second = two.Build().AssertClean();

        Assert.That(DirectorySnapshot.Take(second.OutputDirectory), Is.EqualTo(DirectorySnapshot.Take(first.OutputDirectory)));
    }
}
