using System.Runtime.InteropServices;

namespace Portal.Input.Files;

/// <summary>
/// Tells what a path is without following it. On Linux this is <c>statx</c> with <c>AT_SYMLINK_NOFOLLOW</c>, whose
/// layout is the same on every architecture, so pipes, sockets and devices are told apart from files. Elsewhere .NET's
/// own view is used: a link is found by its target (Windows also marks devices), but a pipe or socket on macOS looks
/// like a file; the content folder of a build server is on Linux.
/// </summary>
public static class FileProbe
{
    public static FileStatus StatusOf(string path) =>
        OperatingSystem.IsLinux() ? LinuxStatus(path) : PortableStatus(path);

    private static FileStatus PortableStatus(string path)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists)
        {
            info = new DirectoryInfo(path);
            if (!info.Exists && info.LinkTarget is null)
            {
                return FileStatus.Missing;
            }
        }

        if (info.LinkTarget is not null || info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return new FileStatus(FileKind.SymbolicLink, 0);
        }

        if (info.Attributes.HasFlag(FileAttributes.Device))
        {
            return new FileStatus(FileKind.Device, 0);
        }

        // No inode or change time here: a file's version is its modification time alone (Windows, macOS).
        return info is FileInfo file
            ? new FileStatus(FileKind.RegularFile, file.Length, new FileVersion(0, UnixNanoseconds(file.LastWriteTimeUtc), UnixNanoseconds(file.LastWriteTimeUtc)))
            : new FileStatus(FileKind.Directory, 0);
    }

    private static FileStatus LinuxStatus(string path)
    {
        int outcome;
        LinuxStatx.Result statx;
        try
        {
            const LinuxStatx.Fields wanted = LinuxStatx.Fields.Type | LinuxStatx.Fields.Size | LinuxStatx.Fields.Inode | LinuxStatx.Fields.ChangeTime | LinuxStatx.Fields.ModificationTime;
            outcome = LinuxStatx.Statx(LinuxStatx.CurrentDirectory, path, LinuxStatx.SymbolicLinkNoFollow, wanted, out statx);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28, or musl before 1.2.5: no statx.
            return PortableStatus(path);
        }

        if (outcome != 0)
        {
            // Not there (ENOENT, ENOTDIR); anything else (ENOSYS on a kernel before 4.11, EPERM from a sandbox's
            // seccomp filter) says nothing about the file, so .NET's own view is asked instead.
            return Marshal.GetLastPInvokeError() is NoSuchFile or NotADirectory ? FileStatus.Missing : PortableStatus(path);
        }

        var kind = statx.Type switch
        {
            LinuxStatx.RegularFile => FileKind.RegularFile,
            LinuxStatx.Directory => FileKind.Directory,
            LinuxStatx.SymbolicLink => FileKind.SymbolicLink,
            LinuxStatx.NamedPipe => FileKind.NamedPipe,
            LinuxStatx.Socket => FileKind.Socket,
            _ => FileKind.Device,
        };
        if (kind != FileKind.RegularFile)
        {
            return new FileStatus(kind, 0);
        }

        var filled = statx.Mask;
        var version = new FileVersion(
            filled.HasFlag(LinuxStatx.Fields.Inode) ? statx.Inode : 0,
            filled.HasFlag(LinuxStatx.Fields.ModificationTime) ? statx.ModificationTime.TotalNanoseconds : 0,
            filled.HasFlag(LinuxStatx.Fields.ChangeTime) ? statx.ChangeTime.TotalNanoseconds : 0);
        return new FileStatus(kind, (long)statx.Size, version);
    }

    private static long UnixNanoseconds(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks * 100;

    private const int NoSuchFile = 2; // ENOENT
    private const int NotADirectory = 20; // ENOTDIR
}
