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
            Assert.That(FileProbe.StatusOf(folder.Combine("fil.txt")), Is.EqualTo(new FileStatus(FileKind.RegularFile, 12)));
            Assert.That(FileProbe.StatusOf(folder.Combine("mapp")).Kind, Is.EqualTo(FileKind.Directory));
            Assert.That(FileProbe.StatusOf(folder.Combine("till-fil")).Kind, Is.EqualTo(FileKind.SymbolicLink));
            Assert.That(FileProbe.StatusOf(folder.Combine("till-mapp")).Kind, Is.EqualTo(FileKind.SymbolicLink));
            Assert.That(FileProbe.StatusOf(folder.Combine("dinglar")).Kind, Is.EqualTo(FileKind.SymbolicLink));
            Assert.That(FileProbe.StatusOf(folder.Combine("finns-inte")), Is.EqualTo(FileStatus.Missing));
            Assert.That(FileProbe.StatusOf(folder.Combine("fil.txt", "under")), Is.EqualTo(FileStatus.Missing));
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
