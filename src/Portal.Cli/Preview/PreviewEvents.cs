using System.Threading.Channels;
using Portal.Preview;

namespace Portal.Cli.Preview;

/// <summary>
/// Hands every new preview state to each open event stream, and knows which page each stream is for: the pages open
/// in a browser are shown first after an edit. A stream that has gone away stops listening.
/// </summary>
public sealed class PreviewEvents
{
    private readonly Lock _gate = new();
    private readonly List<(Channel<PreviewState> Channel, string Page)> _listeners = [];

    /// <param name="page">The site path of the page the stream is for (<c>samarbeten/huddinge/vanda.html</c>).</param>
    public ChannelReader<PreviewState> Listen(string page)
    {
        var channel = Channel.CreateBounded<PreviewState>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _listeners.Add((channel, page));
        }

        return channel.Reader;
    }

    public void Forget(ChannelReader<PreviewState> reader)
    {
        lock (_gate)
        {
            _listeners.RemoveAll(l => l.Channel.Reader == reader);
        }
    }

    /// <summary>The site paths of the pages open now.</summary>
    public IReadOnlySet<string> OpenPages
    {
        get
        {
            lock (_gate)
            {
                return _listeners.Select(l => l.Page).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
            }
        }
    }

    public void Publish(PreviewState state)
    {
        lock (_gate)
        {
            foreach (var (listener, _) in _listeners)
            {
                listener.Writer.TryWrite(state);
            }
        }
    }

    /// <summary>Ends every stream, so that a stopping server does not wait for browsers to hang up.</summary>
    public void Close()
    {
        lock (_gate)
        {
            foreach (var (listener, _) in _listeners)
            {
                listener.Writer.TryComplete();
            }

            _listeners.Clear();
        }
    }
}
