using Lucene.Net.Analysis.Util;

namespace Portal.Search.Analysis;

internal static class StopSet
{
    /// <summary>Lucene's stop words as a set of strings (Lucene's own sets hold them lower-cased).</summary>
    public static IReadOnlySet<string> Of(CharArraySet words) => words.ToHashSet(StringComparer.Ordinal);
}
