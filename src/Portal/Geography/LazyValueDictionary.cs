using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Portal.Geography;

/// <summary>A read-only dictionary whose values are computed the first time each is read, then kept.</summary>
// TValue carries Lazy<T>'s own annotation, which keeps a parameterless constructor it might call; ours always has a factory.
internal sealed class LazyValueDictionary<TKey, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TValue> : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly FrozenDictionary<TKey, Lazy<TValue>> _values;

    public LazyValueDictionary(FrozenDictionary<TKey, Lazy<TValue>> values) => _values = values;

    public int Count => _values.Count;

    public IEnumerable<TKey> Keys => _values.Keys;

    public IEnumerable<TValue> Values => _values.Values.Select(value => value.Value);

    public TValue this[TKey key] => _values[key].Value;

    public bool ContainsKey(TKey key) => _values.ContainsKey(key);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_values.TryGetValue(key, out var lazy))
        {
            value = lazy.Value;
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() =>
        _values.Select(entry => KeyValuePair.Create(entry.Key, entry.Value.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
