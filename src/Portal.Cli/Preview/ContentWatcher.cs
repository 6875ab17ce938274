using System.Threading.Channels;

namespace Portal.Cli.Preview;

/// <summary>
/// Watches folders for any change to a file or folder and reports a burst of changes once, when the folders have
/// been quiet for a moment: an editor's save is often several events (write, rename, attributes). The burst's paths
/// come with it, unless events were lost.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    /// <summary>How long the folders must be quiet before a burst counts as done.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    private readonly List<FileSystemWatcher> _watchers = [];
    /// <summary>Each changed path, or null for events lost (the system's queue overflowed).</summary>
    private readonly Channel<string?> _changes = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });

    public ContentWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Signal(e.FullPath);
            watcher.Created += (_, e) => Signal(e.FullPath);
            watcher.Deleted += (_, e) => Signal(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Signal(e.OldFullPath);
                Signal(e.FullPath);
            };

            // An overflow loses events: rebuild, so nothing is missed.
            watcher.Error += (_, _) => Signal(null);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>
    /// Waits for the next change, then for the folders to be quiet, and returns the full paths that changed (a
    /// renamed file's old and new path), or null when some were lost.
    /// </summary>
    public async Task<IReadOnlySet<string>?> WaitForChangesAsync(CancellationToken cancellation)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var lost = false;
        void Note(string? path)
        {
            if (path is null)
            {
                lost = true;
            }
            else
            {
                paths.Add(path);
            }
        }

        Note(await _changes.Reader.ReadAsync(cancellation));
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(Quiet);
            try
            {
                Note(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return lost ? null : paths;
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private void Signal(string? path) => _changes.Writer.TryWrite(path);
}
