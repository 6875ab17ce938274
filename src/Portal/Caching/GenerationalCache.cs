using System.Collections.Concurrent;

namespace Portal.Caching;

/// <summary>
/// Values by a key that names their whole input, kept from one build to the next of the same session: what the last
/// build used stays available, anything older is let go, so a long preview does not grow without end.
/// Thread-safe, except that <see cref="StartGeneration"/> must not run while values are being looked up.
/// </summary>
public sealed class GenerationalCache<T>
    where T : class
{
    private ConcurrentDictionary<string, T> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, T> _current = new(StringComparer.Ordinal);

    /// <summary>Begins a build: the last build's values stay available, older ones are dropped.</summary>
    public void StartGeneration()
    {
        _previous = _current;
        _current = new ConcurrentDictionary<string, T>(StringComparer.Ordinal);
    }

    public T GetOrAdd(string key, Func<T> create) =>
        _current.GetOrAdd(key, k => _previous.TryGetValue(k, out var known) ? known : create());
}
