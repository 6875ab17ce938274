namespace Portal.Output;

/// <summary>
/// Writes a site into a fresh folder beside the output folder, then swaps it in with two renames. Until the swap
/// the previous output is untouched; if anything fails, the new folder is removed and the old one stays as it was.
/// </summary>
public static class AtomicSiteWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");
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

            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            try
            {
                Directory.Move(staging, target);
            }
            catch
            {
                if (Directory.Exists(retired))
                {
                    Directory.Move(retired, target);
                }

                throw;
            }
        }
        finally
        {
            DeleteQuietly(staging);
            DeleteQuietly(retired);
        }
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
