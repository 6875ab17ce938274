namespace Portal.Output;

/// <summary>
/// Writes a site into a fresh hidden folder beside the output folder, then puts it in the output's place in one step,
/// so a web server serving the output finds the whole old site or the whole new one, never no folder. Until the swap
/// the previous output is untouched; if anything fails, the new folder is removed and the old one stays as it was.
/// </summary>
/// <remarks>
/// The swap exchanges the two folders' names atomically where the system can (<see cref="DirectoryExchange"/>: Linux,
/// macOS on APFS), then deletes the old site, which now has the staging name. Elsewhere (Windows, a file system
/// without exchange) it falls back to two renames, output to <c>.NAME.previous-GUID</c> and staging to output, and for
/// the moment between them there is no output folder. A first write, with no output yet, is one rename.
/// </remarks>
public static class AtomicSiteWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files, SiteWriteOptions? options = null)
    {
        options ??= SiteWriteOptions.Default;
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            Parallel.ForEach(files, file =>
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (file.CopyFrom is not null)
                {
                    File.Copy(file.CopyFrom, path);
                }
                else
                {
                    File.WriteAllBytes(path, file.Content!);
                }
            });

            SwapIn(staging, target, Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}"), options.AtomicExchange);
        }
        finally
        {
            // The new site if the write failed, the old one after an exchange; nothing after a rename.
            DeleteQuietly(staging);
        }
    }

    private static void SwapIn(string staging, string target, string retired, bool exchange)
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
        catch (IOException)
        {
            // A leftover hidden folder is harmless; the build itself succeeded or failed already.
        }
    }
}
