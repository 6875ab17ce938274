using System.Runtime.InteropServices;

namespace Portal.Input.Files;

/// <summary>
/// Linux's <c>statx(2)</c>, with the parts of <c>struct statx</c> (from <c>&lt;linux/stat.h&gt;</c>) that
/// <see cref="FileProbe"/> reads. The struct's layout is the same on every architecture.
/// </summary>
internal static class LinuxStatx
{
    /// <summary><c>AT_FDCWD</c>: a relative path is taken from the current directory.</summary>
    public const int CurrentDirectory = -100;

    /// <summary><c>AT_SYMLINK_NOFOLLOW</c>: a link is described, not what it points to.</summary>
    public const int SymbolicLinkNoFollow = 0x100;

    /// <summary>
    /// <c>S_IFMT</c>, the bits of a mode that tell what kind of file it is, and the kinds (<c>S_IFIFO</c> …); any
    /// other kind is a device.
    /// </summary>
    public const ushort FileTypeBits = 0xF000;
    public const ushort NamedPipe = 0x1000;
    public const ushort Directory = 0x4000;
    public const ushort RegularFile = 0x8000;
    public const ushort SymbolicLink = 0xA000;
    public const ushort Socket = 0xC000;

    /// <summary>What to fill in (<c>STATX_*</c>); in <see cref="Result.Mask"/>, what the file system did fill in.</summary>
    [Flags]
    public enum Fields : uint
    {
        Type = 0x1,
        ModificationTime = 0x40,
        ChangeTime = 0x80,
        Inode = 0x100,
        Size = 0x200,
    }

    /// <summary><c>struct statx</c>: 256 bytes, of which only these are read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    public readonly struct Result
    {
        [FieldOffset(0)]
        public readonly Fields Mask;

        [FieldOffset(28)]
        public readonly ushort Mode;

        [FieldOffset(32)]
        public readonly ulong Inode;

        [FieldOffset(40)]
        public readonly ulong Size;

        [FieldOffset(96)]
        public readonly Timestamp ChangeTime;

        [FieldOffset(112)]
        public readonly Timestamp ModificationTime;

        /// <summary>The kind of file: <see cref="RegularFile"/>, <see cref="Directory"/> and so on, or a device.</summary>
        public int Type => Mode & FileTypeBits;
    }

    /// <summary><c>struct statx_timestamp</c>: seconds since 1970 as an <c>__s64</c>, then nanoseconds as a <c>__u32</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public readonly struct Timestamp
    {
        public readonly long Seconds;
        public readonly uint Nanoseconds;

        public long TotalNanoseconds => (Seconds * 1_000_000_000) + Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    public static extern int Statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, Fields mask, out Result result);
}
