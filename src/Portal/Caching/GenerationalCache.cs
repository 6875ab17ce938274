using System.Collections.Concurrent;

namespace Portal.Caching;

/// <summary>
/// Values by a key that names their whole input, kept from one build to the next of the same session: what the last
/// build used stays available, anything older is let go, so a long preview does not grow without end. A build stopped
/// part way (a newer edit came) lets nothing go: the next one starts from both.
/// Thread-safe, except that <see cref="StartGeneration"/> and <see cref="EndGeneration"/> must not run while values
/// are being looked up.
/// </summary>
public sealed class GenerationalCache<T>
    where T : class
{
    private ConcurrentDictionary<string, T> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, T> _current = new(StringComparer.Ordinal);
    private bool _ended = true;

    /// <summary>
    /// Begins a build: the last build's values stay available, and older ones are dropped once a build has ended,
    /// having looked up everything it needs.
    /// </summary>
    public void StartGeneration()
    {
        if (_ended)
        {
            _previous = _current;
        }
        else
        {
            foreach (var (key, value) in _current)
            {
                _previous[key] = value;
            }
        }

        _current = new ConcurrentDictionary<string, T>(StringComparer.Ordinal);
        _ended = false;
    }

    /// <summary>Ends a build that looked up every value it needs: the next build lets go of what this one did not use.</summary>
    public void EndGeneration() => _ended = true;

    public T GetOrAdd(string key, Func<T> create) =>
        _current.GetOrAdd(key, k => _previous.TryGetValue(k, out var known) ? known : create());
}
