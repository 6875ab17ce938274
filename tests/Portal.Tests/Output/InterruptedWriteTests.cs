using Portal.Output;

namespace Portal.Tests.Output;

/// <summary>
/// A write interrupted by Ctrl+C, a killed process or a power cut leaves its hidden folders beside the output; the
/// next write removes them, and only them. A write that is running at the same moment is never disturbed: the second
/// waits for it (or, after the wait, fails), and its folders are left alone.
/// </summary>
public sealed class InterruptedWriteTests
{
    [Test]
    public void The_next_write_removes_the_folders_interrupted_writes_left_and_nothing_else()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("output");
        AtomicSiteWriter.Write(output, Site("old"));
        var building = Folder(directory, $".output.building-{Guid.NewGuid():N}", "index.html", "assets/karta.png");
        var previous = Folder(directory, $".output.previous-{Guid.NewGuid():N}", "index.html");
        string[] others =
        [
            $".output2.building-{Guid.NewGuid():N}", ".output2.building-x", $".outputs.previous-{Guid.NewGuid():N}",
            $".utput.building-{Guid.NewGuid():N}", ".output.building-anteckningar", $".output.building-{Guid.NewGuid():N}x",
            $".output.building-{Guid.NewGuid().ToString("N").ToUpperInvariant()}", $".output.older-{Guid.NewGuid():N}",
            $"output.building-{Guid.NewGuid():N}", ".git", ".output",
        ];
        foreach (var other in others)
        {
            Folder(directory, other, "behåll.txt");
        }

        var file = directory.Combine($".output.previous-{Guid.NewGuid():N}");
        File.WriteAllText(file, "a file, not a folder a write made");

        AtomicSiteWriter.Write(output, Site("new"));

        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(building), Is.False, "an interrupted write's staging folder");
            Assert.That(Directory.Exists(previous), Is.False, "an interrupted write's retired folder");
            foreach (var other in others)
            {
                Assert.That(File.ReadAllText(directory.Combine(other, "behåll.txt")), Is.EqualTo("kept"), other);
            }

            Assert.That(File.Exists(file), Is.True);
            Assert.That(File.ReadAllText(Path.Combine(output, "index.html")), Is.EqualTo("new"));
            Assert.That(DirectorySnapshot.HiddenSiblings(output), Is.EquivalentTo(others.Where(o => o.StartsWith('.'))));
        });
    }

    [Test]
    public void A_write_waits_for_one_that_is_running_and_leaves_its_staging_folder_alone()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("output");
        AtomicSiteWriter.Write(output, Site("old"));
        using var running = OutputLock.Acquire(output, TimeSpan.Zero);
        var staging = Folder(directory, $".output.building-{Guid.NewGuid():N}", "index.html");

        var waiting = Task.Run(() => AtomicSiteWriter.Write(output, Site("new"), new SiteWriteOptions { LockTimeout = TimeSpan.FromSeconds(30) }));
        Thread.Sleep(500);

        Assert.Multiple(() =>
        {
            Assert.That(waiting.IsCompleted, Is.False, "the second write waits");
            Assert.That(File.ReadAllText(Path.Combine(staging, "index.html")), Is.EqualTo("kept"), "the running write's folder");
            Assert.That(File.ReadAllText(Path.Combine(output, "index.html")), Is.EqualTo("old"));
        });

        running.Dispose();
        Assert.That(waiting.Wait(TimeSpan.FromSeconds(30)), Is.True, "the second write goes on once the first is done");
        Assert.That(File.ReadAllText(Path.Combine(output, "index.html")), Is.EqualTo("new"));
        Assert.That(Directory.Exists(staging), Is.False, "left by a write that is no longer running");
    }

    [Test]
    public void A_write_that_waits_too_long_fails_clearly_and_changes_nothing()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("output");
        AtomicSiteWriter.Write(output, Site("old"));
        var before = DirectorySnapshot.Take(output);
        using var running = OutputLock.Acquire(output, TimeSpan.Zero);
        var staging = Folder(directory, $".output.building-{Guid.NewGuid():N}", "index.html");

        Assert.That(
            () => AtomicSiteWriter.Write(output, Site("new"), new SiteWriteOptions { LockTimeout = TimeSpan.FromMilliseconds(300) }),
            Throws.InstanceOf<OutputBusyException>().With.Message.Contains("another build is writing").And.Message.Contains(".output.lock"));

        Assert.That(File.ReadAllText(Path.Combine(staging, "index.html")), Is.EqualTo("kept"), "the running write's folder");
        Assert.That(DirectorySnapshot.Take(output), Is.EqualTo(before));
        Assert.That(DirectorySnapshot.HiddenSiblings(output), Is.EqualTo(new[] { Path.GetFileName(staging) }));
    }

    [Test]
    public void Writes_at_the_same_time_run_one_after_the_other_and_each_finishes()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("output");
        var writes = Enumerable.Range(0, 3)
            .Select(writer => Task.Run(() =>
            {
                for (var write = 0; write < 60; write++)
                {
                    AtomicSiteWriter.Write(output, Site($"{writer}-{write}"));
                }
            }))
            .ToArray();

        Assert.That(Task.WaitAll(writes, TimeSpan.FromSeconds(120)), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(output, "index.html")), Does.EndWith("-59"), "the last write of one of them");
        Assert.That(File.ReadAllText(Path.Combine(output, "assets", "a.txt")), Is.EqualTo(File.ReadAllText(Path.Combine(output, "index.html"))), "one whole site");
        Assert.That(DirectorySnapshot.HiddenSiblings(output), Is.Empty);
    }

    [Test]
    public void The_lock_file_stays_empty_beside_the_output_and_is_no_folder()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("output");

        AtomicSiteWriter.Write(output, Site("new"));

        Assert.That(Directory.EnumerateFileSystemEntries(directory.FullPath).Select(Path.GetFileName), Is.EquivalentTo(new[] { "output", ".output.lock" }));
        Assert.That(new FileInfo(directory.Combine(".output.lock")).Length, Is.Zero);
        Assert.That(DirectorySnapshot.HiddenSiblings(output), Is.Empty);
    }

    [TestCase(".site.building-0123456789abcdef0123456789abcdef", "site", true)]
    [TestCase(".site.previous-0123456789abcdef0123456789abcdef", "site", true)]
    [TestCase(".my site.building-0123456789abcdef0123456789abcdef", "my site", true)]
    [TestCase(".site.building-0123456789abcdef0123456789abcdef", "site2", false)]
    [TestCase(".site2.building-0123456789abcdef0123456789abcdef", "site", false)]
    [TestCase(".site.building-0123456789ABCDEF0123456789abcdef", "site", false)]
    [TestCase(".site.building-0123456789abcdef0123456789abcde", "site", false)]
    [TestCase(".site.building-0123456789abcdef0123456789abcdef0", "site", false)]
    [TestCase(".site.building-x", "site", false)]
    [TestCase(".site.lock", "site", false)]
    [TestCase("site.building-0123456789abcdef0123456789abcdef", "site", false)]
    [TestCase(".Site.building-0123456789abcdef0123456789abcdef", "site", false)]
    [TestCase(".site.building-0123456789abcdef0123456789abcdef", ".site", false)]
    public void Only_our_own_names_for_this_output_are_staging_or_retired(string name, string output, bool ours) =>
        Assert.That(OutputSiblings.IsStagingOrRetired(name, output), Is.EqualTo(ours));

    private static OutputFile[] Site(string version) =>
        [OutputFile.Text("index.html", version), OutputFile.Text("assets/a.txt", version)];

    private static string Folder(TempDirectory directory, string name, params string[] files)
    {
        var folder = directory.Combine(name);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "kept");
        }

        return folder;
    }
}
