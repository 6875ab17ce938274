using System.Runtime.InteropServices;

namespace Portal.Output;

/// <summary>
/// Exchanges the names of two folders in one step, so that neither name is missing at any moment: Linux's
/// <c>renameat2(RENAME_EXCHANGE)</c> (glibc 2.28 or later), macOS's <c>renamex_np(RENAME_SWAP)</c> (APFS).
/// Where the system cannot (Windows, a C library without the call, a file system without exchange such as some
/// network shares), it says so and changes nothing, and the caller falls back to two renames.
/// </summary>
/// <remarks>
/// <c>DllImport</c> rather than <c>LibraryImport</c>: the source-generated marshalling needs unsafe code, which the
/// project does not allow. The macOS branch is not exercised by the tests, which run on Linux.
/// </remarks>
public static class DirectoryExchange
{
    private const int AtCurrentDirectory = -100; // AT_FDCWD
    private const uint RenameExchange = 2; // RENAME_EXCHANGE, linux/fs.h
    private const uint RenameSwap = 2; // RENAME_SWAP, macOS stdio.h

    // errno values that mean "not on this file system or kernel": EXDEV, EINVAL, ENOSYS, EOPNOTSUPP on Linux;
    // EXDEV, EINVAL, ENOTSUP, ENOSYS on macOS.
    private static readonly int[] LinuxUnsupported = [18, 22, 38, 95];
    private static readonly int[] MacUnsupported = [18, 22, 45, 78];

    /// <summary>Swaps the names of two existing folders atomically; false, with nothing changed, where it cannot be done.</summary>
    /// <exception cref="IOException">The system can exchange, but this exchange failed (a folder missing, no permission).</exception>
    public static bool TryExchange(string first, string second)
    {
        int result;
        int[] unsupported;
        try
        {
            if (OperatingSystem.IsLinux())
            {
                result = RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange);
                unsupported = LinuxUnsupported;
            }
            else if (OperatingSystem.IsMacOS())
            {
                result = RenameExNp(first, second, RenameSwap);
                unsupported = MacUnsupported;
            }
            else
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // musl or a glibc older than 2.28: no renameat2.
            return false;
        }

        if (result == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return unsupported.Contains(error)
            ? false
            : throw new IOException($"could not exchange '{first}' and '{second}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport("libc", EntryPoint = "renamex_np", SetLastError = true)]
    private static extern int RenameExNp([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to, uint flags);
}
