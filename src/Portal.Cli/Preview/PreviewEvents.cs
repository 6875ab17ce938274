using System.Threading.Channels;
using Portal.Preview;

namespace Portal.Cli.Preview;

/// <summary>Hands every new preview state to each open event stream; a stream that has gone away stops listening.</summary>
public sealed class PreviewEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<PreviewState>> _listeners = [];

    public ChannelReader<PreviewState> Listen()
    {
        var channel = Channel.CreateBounded<PreviewState>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _listeners.Add(channel);
        }

        return channel.Reader;
    }

    public void Forget(ChannelReader<PreviewState> reader)
    {
        lock (_gate)
        {
            _listeners.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Publish(PreviewState state)
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
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
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }

            _listeners.Clear();
        }
    }
}
