namespace Portal.Output;

/// <summary>
/// Writes a site into a fresh hidden folder beside the output folder, then puts it in the output's place in one step,
/// so a web server serving the output finds the whole old site or the whole new one, never no folder. Until the swap
/// the previous output is untouched; if anything fails, the new folder is removed and the old one stays as it was.
/// </summary>
/// <remarks>
/// <para>
/// The swap exchanges the two folders' names atomically where the system can (<see cref="DirectoryExchange"/>: Linux,
/// macOS on APFS), then deletes the old site, which now has the staging name. Elsewhere (Windows, a file system
/// without exchange) it falls back to two renames, output to <c>.NAME.previous-GUID</c> and staging to output, and for
/// the moment between them there is no output folder. A first write, with no output yet, is one rename.
/// </para>
/// <para>
/// One write per output folder runs at a time (<see cref="OutputLock"/>; a second waits), and each first removes the
/// staging and retired folders that interrupted writes left (Ctrl+C, a killed process, a power cut), which may hold a
/// whole site each.
/// </para>
/// </remarks>
public static class AtomicSiteWriter
{
    /// <exception cref="OutputBusyException">Another write kept the output folder locked for all of the options' wait.</exception>
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files, SiteWriteOptions? options = null)
    {
        options ??= SiteWriteOptions.Default;
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var writing = OutputLock.Acquire(target, options.LockTimeout);
        foreach (var leftover in OutputSiblings.StagingAndRetired(target).ToList())
        {
            DeleteQuietly(leftover);
        }

        var staging = OutputSiblings.Staging(target);
        try
        {
            Directory.CreateDirectory(staging);
            Parallel.ForEach(files, file =>
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (file.CopyFrom is not null)
                {
                    using var source = file.CopyFrom.OpenRead();
                    using var copy = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                    source.CopyTo(copy);
                }
                else
                {
                    File.WriteAllBytes(path, file.Content!);
                }

                options.FileWritten?.Invoke();
            });

            SwapIn(staging, target, options.AtomicExchange);
        }
        finally
        {
            // The new site if the write failed, the old one after an exchange; nothing after a rename.
            DeleteQuietly(staging);
        }
    }

    private static void SwapIn(string staging, string target, bool exchange)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        if (exchange && DirectoryExchange.TryExchange(staging, target))
        {
            return;
        }

        var retired = OutputSiblings.Retired(target);
        Directory.Move(target, retired);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(retired, target);
            throw;
        }

        DeleteQuietly(retired);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder is harmless, and the next write removes it; the build succeeded or failed already.
        }
    }
}
