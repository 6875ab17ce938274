namespace Portal.Input.Files;

/// <summary>
/// What tells one state of a file from another without reading it, as <c>make</c> and Git's index do: its inode and
/// its modification and change times (Unix time in nanoseconds). The change time is the kernel's own: tools that keep a
/// copied file's modification time (<c>cp -p</c>, <c>rsync -t</c>) cannot set it. Zero where the system does not say.
/// </summary>
public readonly record struct FileVersion(ulong Inode, long Modified, long Changed)
{
    /// <summary>
    /// How long after a write a file's version is trusted to name its content. File times are taken from a clock that
    /// ticks every few milliseconds, so two writes within one tick leave the same times (and, for an edited character,
    /// the same size); a file written this recently is read again, as Git treats a "racily clean" entry.
    /// </summary>
    public static readonly TimeSpan Settling = TimeSpan.FromSeconds(2);

    /// <summary>Whether the file was last written long enough before <paramref name="now"/> for its version to be trusted.</summary>
    public bool IsSettledAt(DateTimeOffset now) =>
        Modified != 0 && Changed != 0 && Math.Max(Modified, Changed) < (now - Settling).ToUnixTimeMilliseconds() * 1_000_000;
}
