using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Portal.PostProcessing;

/// <summary>
/// Parsed pages by the hash of their bytes, kept for one check to the next: after an edit most pages come out the
/// same, and parsing them again is most of a check's work. Only what the latest check used is kept.
/// </summary>
public sealed class ParsedPageCache
{
    private ConcurrentDictionary<string, ParsedPage> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, ParsedPage> _current = new(StringComparer.Ordinal);

    /// <summary>Begins a check: what the last check used stays available, anything older is let go.</summary>
    public void StartGeneration()
    {
        _previous = _current;
        _current = new ConcurrentDictionary<string, ParsedPage>(StringComparer.Ordinal);
    }

    public ParsedPage Parse(byte[] html)
    {
        var key = Convert.ToBase64String(SHA256.HashData(html));
        return _current.GetOrAdd(key, k => _previous.TryGetValue(k, out var known) ? known : ParsedPage.Parse(html));
    }
}
