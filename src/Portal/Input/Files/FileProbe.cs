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
        var buffer = new byte[StatxStructSize];
        int result;
        try
        {
            result = Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType | StatxSizeMask | StatxInodeMask | StatxChangeTimeMask | StatxModificationTimeMask, buffer);
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
        if (kind != FileKind.RegularFile)
        {
            return new FileStatus(kind, 0);
        }

        var mask = BitConverter.ToUInt32(buffer, 0);
        var version = new FileVersion(
            (mask & StatxInodeMask) != 0 ? BitConverter.ToUInt64(buffer, StatxInodeOffset) : 0,
            (mask & StatxModificationTimeMask) != 0 ? Timestamp(buffer, StatxModificationTimeOffset) : 0,
            (mask & StatxChangeTimeMask) != 0 ? Timestamp(buffer, StatxChangeTimeOffset) : 0);
        return new FileStatus(kind, length, version);
    }

    /// <summary>A <c>struct statx_timestamp</c> (seconds as __s64, then nanoseconds as __u32) in nanoseconds.</summary>
    private static long Timestamp(byte[] buffer, int offset) =>
        (BitConverter.ToInt64(buffer, offset) * 1_000_000_000) + BitConverter.ToUInt32(buffer, offset + 8);

    private static long UnixNanoseconds(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks * 100;

    // struct statx from <linux/stat.h>: stx_mask is a __u32 at byte 0, stx_mode a __u16 at byte 28, stx_ino and
    // stx_size __u64s at bytes 32 and 40, stx_ctime and stx_mtime timestamps at bytes 96 and 112; the struct is 256 bytes.
    private const int StatxStructSize = 256;
    private const int StatxModeOffset = 28;
    private const int StatxInodeOffset = 32;
    private const int StatxSizeOffset = 40;
    private const int StatxChangeTimeOffset = 96;
    private const int StatxModificationTimeOffset = 112;
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxModificationTimeMask = 0x40;
    private const uint StatxChangeTimeMask = 0x80;
    private const uint StatxInodeMask = 0x100;
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
