using System.Collections.Concurrent;

namespace Portal.Output;

/// <summary>
/// A site being written into a fresh hidden folder beside the output folder, file by file as the build makes them;
/// <see cref="Commit"/> then puts it in the output's place in one step, so a web server serving the output finds the
/// whole old site or the whole new one, never no folder. Until then the previous output is untouched; disposed without
/// a commit (the build failed), the new folder is removed and the old one stays as it was.
/// </summary>
/// <remarks>
/// <para>
/// The swap exchanges the two folders' names atomically where the system can (<see cref="DirectoryExchange"/>: Linux,
/// macOS on APFS), then deletes the old site, which now has the staging name. Elsewhere (Windows, a file system
/// without exchange) it falls back to two renames, output to <c>.NAME.previous-GUID</c> and staging to output, and for
/// the moment between them there is no output folder. A first write, with no output yet, is one rename.
/// </para>
/// <para>
/// One staged site per output folder exists at a time (<see cref="OutputLock"/>, held from opening to disposal; a
/// second waits), and each first removes the staging and retired folders that interrupted writes left (Ctrl+C, a
/// killed process, a power cut), which may hold a whole site each.
/// </para>
/// </remarks>
public sealed class StagedSite : ISiteOutput, IDisposable
{
    /// <summary>A written file's buffer: under the 85,000 bytes from which .NET counts an array as large.</summary>
    private const int StreamBufferSize = 64 * 1024;

    private readonly string _target;
    private readonly string _staging;
    private readonly SiteWriteOptions _options;
    private readonly OutputLock _lock;

    /// <summary>The folders made so far: a site's pages share a few hundred folders, and asking the file system for each page's cost more than writing some.</summary>
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private int _count;
    private int _pages;

    private StagedSite(string target, string staging, SiteWriteOptions options, OutputLock held)
    {
        _target = target;
        _staging = staging;
        _options = options;
        _lock = held;
    }

    /// <summary>How many files were written so far.</summary>
    public int Count => _count;

    /// <summary>How many of them are pages (<c>.html</c>).</summary>
    public int Pages => _pages;

    /// <summary>Takes the output folder's lock, clears what interrupted writes left, and makes the staging folder.</summary>
    /// <exception cref="OutputBusyException">Another write kept the output folder locked for all of the options' wait.</exception>
    public static StagedSite Open(string outputDirectory, SiteWriteOptions? options = null)
    {
        options ??= SiteWriteOptions.Default;
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var held = OutputLock.Acquire(target, options.LockTimeout);
        try
        {
            foreach (var leftover in OutputSiblings.StagingAndRetired(target).ToList())
            {
                DeleteQuietly(leftover);
            }

            var staging = OutputSiblings.Staging(target);
            Directory.CreateDirectory(staging);
            return new StagedSite(target, staging, options, held);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <exception cref="IOException">The disk is full, or a file to copy is no longer a regular file of its folder.</exception>
    public void Add(OutputFile file)
    {
        var path = Path.Combine(_staging, file.Path);
        // GetOrAdd stores a folder only once it is made, so a file is never written before its folder exists.
        _folders.GetOrAdd(Path.GetDirectoryName(path)!, folder => Directory.CreateDirectory(folder).Exists);
        if (file.CopyFrom is not null)
        {
            using var source = file.CopyFrom.OpenRead();
            using var copy = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            source.CopyTo(copy);
        }
        else if (file.Writer is not null)
        {
            using var stream = new FileStream(OpenNew(path), FileAccess.Write, StreamBufferSize);
            file.WriteTo(stream);
        }
        else
        {
            using var handle = OpenNew(path);
            RandomAccess.Write(handle, file.Content!, 0);
        }

        Interlocked.Increment(ref _count);
        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _pages);
        }
    }

    /// <summary>
    /// A new file, not File.WriteAllBytes: .NET truncates a file it opens to create after opening it, and ext4 answers
    /// a truncation to nothing by writing the file out as it is closed, in the thread that closes it. Two files at one
    /// path (an error the build reports) leave the second, as before.
    /// </summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenNew(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        }
    }

    /// <summary>Marks the staged site as a build's (<see cref="OutputMark"/>) and puts it in the output folder's place.</summary>
    public void Commit()
    {
        OutputMark.WriteInto(_staging);
        if (!Directory.Exists(_target))
        {
            Directory.Move(_staging, _target);
            return;
        }

        if (_options.AtomicExchange && DirectoryExchange.TryExchange(_staging, _target))
        {
            return;
        }

        var retired = OutputSiblings.Retired(_target);
        Directory.Move(_target, retired);
        try
        {
            Directory.Move(_staging, _target);
        }
        catch
        {
            Directory.Move(retired, _target);
            throw;
        }

        DeleteQuietly(retired);
    }

    public void Dispose()
    {
        // The new site if the build failed, the old one after an exchange; nothing after a rename.
        DeleteQuietly(_staging);
        _lock.Dispose();
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
