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

        return info is FileInfo file ? new FileStatus(FileKind.RegularFile, file.Length) : new FileStatus(FileKind.Directory, 0);
    }

    private static FileStatus LinuxStatus(string path)
    {
        var buffer = new byte[StatxStructSize];
        int result;
        try
        {
            result = Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType | StatxSizeMask, buffer);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28, or musl before 1.2.5: no statx.
            return PortableStatus(path);
        }

        if (result != 0)
        {
            // Not there (ENOENT, ENOTDIR); anything else (ENOSYS on a kernel before 4.11, EPERM from a sandbox's
            // seccomp filter) says nothing about the file, so .NET's own view is asked instead.
            return Marshal.GetLastPInvokeError() is NoSuchFile or NotADirectory ? FileStatus.Missing : PortableStatus(path);
        }

        var mode = BitConverter.ToUInt16(buffer, StatxModeOffset);
        var length = (long)BitConverter.ToUInt64(buffer, StatxSizeOffset);
        var kind = (mode & FileTypeMask) switch
        {
            RegularFileType => FileKind.RegularFile,
            DirectoryType => FileKind.Directory,
            SymbolicLinkType => FileKind.SymbolicLink,
            PipeType => FileKind.NamedPipe,
            SocketType => FileKind.Socket,
            _ => FileKind.Device,
        };
        return new FileStatus(kind, kind == FileKind.RegularFile ? length : 0);
    }

    // struct statx from <linux/stat.h>: stx_mode is a __u16 at byte 28, stx_size a __u64 at byte 40; the struct is 256 bytes.
    private const int StatxStructSize = 256;
    private const int StatxModeOffset = 28;
    private const int StatxSizeOffset = 40;
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSizeMask = 0x200;
    private const int NoSuchFile = 2; // ENOENT
    private const int NotADirectory = 20; // ENOTDIR
    private const int FileTypeMask = 0xF000;
    private const int PipeType = 0x1000;
    private const int DirectoryType = 0x4000;
    private const int RegularFileType = 0x8000;
    private const int SymbolicLinkType = 0xA000;
    private const int SocketType = 0xC000;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
