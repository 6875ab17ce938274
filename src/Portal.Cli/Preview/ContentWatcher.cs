using System.Threading.Channels;

namespace Portal.Cli.Preview;

/// <summary>
/// Watches folders for any change to a file or folder and reports a burst of changes once, when the folders have
/// been quiet for a moment: an editor's save is often several events (write, rename, attributes).
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    /// <summary>How long the folders must be quiet before a burst counts as done.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });

    public ContentWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();

            // An overflow loses events: rebuild, so nothing is missed.
            watcher.Error += (_, _) => Signal();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for the next change, then for the folders to be quiet.</summary>
    public async Task WaitForChangesAsync(CancellationToken cancellation)
    {
        await _changes.Reader.ReadAsync(cancellation);
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(Quiet);
            try
            {
                await _changes.Reader.ReadAsync(quiet.Token);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return;
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

    private void Signal() => _changes.Writer.TryWrite(true);
}
