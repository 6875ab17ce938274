using System.Diagnostics;

namespace Portal.Output;

/// <summary>
/// Lets one write at a time replace an output folder: an exclusive lock on <c>.NAME.lock</c> beside it, held from
/// before the staging folder is made until the old site is deleted. While it is held, every staging or retired folder
/// of that output was left by a write that no longer runs, and may be removed.
/// </summary>
/// <remarks>
/// The lock is the one .NET takes for <see cref="FileShare.None"/>: an advisory <c>flock</c> on Unix, a share mode on
/// Windows. The system drops it when the process ends however it ends (Ctrl+C, killed, power cut), so a lock is never
/// stale. The empty file itself stays: removing it would let a write that opened it just before the removal lock a
/// file no longer in the folder, while a third write creates and locks a new one, and the two would write at once.
/// </remarks>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of an output folder (a full path), waiting while another write holds it.</summary>
    /// <exception cref="OutputBusyException">Another write held it for all of <paramref name="timeout"/>.</exception>
    public static OutputLock Acquire(string outputDirectory, TimeSpan timeout)
    {
        var path = OutputSiblings.Lock(outputDirectory);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException ex) when (IsHeldElsewhere(ex))
            {
                if (clock.Elapsed >= timeout)
                {
                    throw new OutputBusyException(outputDirectory, path, timeout);
                }

                Thread.Sleep(Pause);
            }
        }
    }

    public void Dispose() => _file.Dispose();

    /// <summary>A sharing violation: EWOULDBLOCK from <c>flock</c> (11 on Linux, 35 on macOS), or Windows's sharing or lock violation.</summary>
    private static bool IsHeldElsewhere(IOException ex) =>
        OperatingSystem.IsWindows()
            ? ex.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021)
            : ex.HResult == (OperatingSystem.IsLinux() ? 11 : 35);
}
