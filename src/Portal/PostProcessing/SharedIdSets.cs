using System.Collections.Concurrent;

namespace Portal.PostProcessing;

/// <summary>
/// One copy of each distinct set of a page's ids, for the link check to keep until every page is in: pages of one
/// kind mostly carry the same ids (their layout's), so most pages need no set of their own.
/// Safe to call from many threads.
/// </summary>
internal sealed class SharedIdSets
{
    private readonly ConcurrentDictionary<IReadOnlySet<string>, IReadOnlySet<string>> _sets = new(SameIds.Instance);

    /// <summary>An equal set kept earlier, or this one, kept from now on.</summary>
    public IReadOnlySet<string> Share(IReadOnlySet<string> ids) => _sets.GetOrAdd(ids, ids);

    private sealed class SameIds : IEqualityComparer<IReadOnlySet<string>>
    {
        public static readonly SameIds Instance = new();

        public bool Equals(IReadOnlySet<string>? x, IReadOnlySet<string>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Count == y.Count && x.SetEquals(y));

        /// <summary>The same ids in any order hash alike.</summary>
        public int GetHashCode(IReadOnlySet<string> ids)
        {
            var hash = ids.Count;
            foreach (var id in ids)
            {
                hash = unchecked(hash + StringComparer.Ordinal.GetHashCode(id));
            }

            return hash;
        }
    }
}
