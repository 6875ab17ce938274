using System.Diagnostics;
using Portal.Input.Files;

namespace Portal.Tests.Input.Files;

/// <summary>What a path is, seen without following it: the base of every rule about what the build may read.</summary>
public sealed class FileProbeTests
{
    [Test]
    public void Tells_files_folders_links_and_missing_paths_apart_without_following_links()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.Combine("fil.txt"), "tolv tecken\n");
        Directory.CreateDirectory(folder.Combine("mapp"));
        File.CreateSymbolicLink(folder.Combine("till-fil"), folder.Combine("fil.txt"));
        Directory.CreateSymbolicLink(folder.Combine("till-mapp"), folder.Combine("mapp"));
        File.CreateSymbolicLink(folder.Combine("dinglar"), folder.Combine("finns-inte"));

        Assert.Multiple(() =>
        {
            Assert.That(FileProbe.StatusOf(folder.Combine("fil.txt")) is { Kind: FileKind.RegularFile, Length: 12 });
            Assert.That(FileProbe.StatusOf(folder.Combine("mapp")).Kind, Is.EqualTo(FileKind.Directory));
            Assert.That(FileProbe.StatusOf(folder.Combine("till-fil")).Kind, Is.EqualTo(FileKind.SymbolicLink));
            Assert.That(FileProbe.StatusOf(folder.Combine("till-mapp")).Kind, Is.EqualTo(FileKind.SymbolicLink));
            Assert.That(FileProbe.StatusOf(folder.Combine("dinglar")).Kind, Is.EqualTo(FileKind.SymbolicLink));
            Assert.That(FileProbe.StatusOf(folder.Combine("finns-inte")), Is.EqualTo(FileStatus.Missing));
            Assert.That(FileProbe.StatusOf(folder.Combine("fil.txt", "under")), Is.EqualTo(FileStatus.Missing));
        });
    }

    [Test]
    public void A_files_version_is_its_modification_time_and_changes_with_every_write()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("fil.txt");
        File.WriteAllText(path, "tolv tecken\n");
        var first = FileProbe.StatusOf(path).Version;

        Assert.That(first.Modified / 100, Is.EqualTo((File.GetLastWriteTimeUtc(path) - DateTime.UnixEpoch).Ticks), "in nanoseconds, where .NET counts hundreds");
        Thread.Sleep(20);
        File.WriteAllText(path, "tolv tecken\n");
        Assert.That(FileProbe.StatusOf(path).Version, Is.Not.EqualTo(first));
    }

    [Test]
    [Platform("Linux")]
    public void A_copy_that_keeps_the_old_modification_time_is_still_a_new_version()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("fil.txt");
        var written = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);
        File.WriteAllText(path, "första\n");
        File.SetLastWriteTimeUtc(path, written);
        var first = FileProbe.StatusOf(path).Version;
        Thread.Sleep(20);

        // As `cp -p` or `rsync -t` leave it: other bytes of the same length, under the old modification time.
        File.WriteAllText(path, "andra!\n");
        File.SetLastWriteTimeUtc(path, written);
        var second = FileProbe.StatusOf(path).Version;

        Assert.Multiple(() =>
        {
            Assert.That(second.Modified, Is.EqualTo(first.Modified));
            Assert.That(second.Inode, Is.EqualTo(first.Inode).And.Not.Zero);
            Assert.That(second.Changed, Is.GreaterThan(first.Changed));
            Assert.That(second, Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void Only_a_file_left_alone_for_a_while_has_a_settled_version()
    {
        var written = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var nanoseconds = written.ToUnixTimeMilliseconds() * 1_000_000;
        var version = new FileVersion(7, nanoseconds, nanoseconds);

        Assert.Multiple(() =>
        {
            Assert.That(version.IsSettledAt(written.AddMilliseconds(500)), Is.False);
            Assert.That(version.IsSettledAt(written.AddSeconds(3)), Is.True);
            Assert.That(default(FileVersion).IsSettledAt(written.AddHours(1)), Is.False);
        });
    }

    [Test]
    [Platform("Linux")]
    public void Tells_pipes_and_devices_from_files()
    {
        using var folder = new TempDirectory();
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [folder.Combine("ror")]))!;
        mkfifo.WaitForExit();

        Assert.That(FileProbe.StatusOf(folder.Combine("ror")).Kind, Is.EqualTo(FileKind.NamedPipe));
        Assert.That(FileProbe.StatusOf("/dev/null").Kind, Is.EqualTo(FileKind.Device));
    }

    [Test]
    public void A_file_is_read_only_through_real_folders()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Combine("rot", "mapp"));
        File.WriteAllText(folder.Combine("rot", "mapp", "fil.txt"), "text");
        Directory.CreateSymbolicLink(folder.Combine("rot", "genvag"), folder.Combine("rot", "mapp"));
        var root = folder.Combine("rot");

        Assert.Multiple(() =>
        {
            Assert.That(RegularFiles.ReadAllBytes(root, "mapp/fil.txt", 100), Is.EqualTo("text"u8.ToArray()));
            Assert.That(RegularFiles.ReadAllBytes(root, "genvag/fil.txt", 100), Is.Null, "through a linked folder");
            Assert.That(RegularFiles.ReadAllBytes(root, "mapp/../mapp/fil.txt", 100), Is.Null, "with a step up");
            Assert.That(RegularFiles.ReadAllBytes(root, "mapp/fil.txt", 3), Is.Null, "over the limit");
        });
    }
}
