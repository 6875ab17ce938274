using System.Runtime.InteropServices;
using Portal.Search.Analysis;

namespace Portal.Search.Index;

/// <summary>
/// One language's index: its pages in the order they are numbered (relationships first, so that a filter's columns
/// cover only them), each term's postings (pairs of a page's number and the term's weight there), and for each term
/// with a diacritic, the folded form it is found under as a last resort. Terms are in ordinal order, which is how the
/// browser compares strings, so a term's place in the split index is found by the same comparison.
/// </summary>
public sealed record SearchIndex(
    LanguageAnalysis Analysis,
    IReadOnlyList<SearchDocument> Documents,
    int RelationshipCount,
    IReadOnlyList<(string Term, int[] Postings)> Terms,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Folds);

/// <summary>Builds a language's <see cref="SearchIndex"/> from its analysed pages.</summary>
public static class SearchIndexBuilder
{
    /// <param name="documents">The language's pages in the site's order; relationships are numbered first, each kind
    /// keeping that order (so a municipality's relationships are neighbours, and often share a file of results).</param>
    public static SearchIndex Build(LanguageAnalysis analysis, IReadOnlyList<AnalysedDocument> documents)
    {
        var ordered = documents.Where(d => d.Document.Kind == SearchKind.Relationship)
            .Concat(documents.Where(d => d.Document.Kind != SearchKind.Relationship))
            .ToList();
        // Counted first, so that each term's postings are one array of their size: grown as lists, a large site's
        // common terms were copied a dozen times over.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in ordered)
        {
            foreach (var term in document.Terms)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _)++;
            }
        }

        var postings = counts.ToDictionary(c => c.Key, c => (Pairs: new int[c.Value * 2], Filled: 0), StringComparer.Ordinal);
        for (var number = 0; number < ordered.Count; number++)
        {
            var document = ordered[number];
            for (var i = 0; i < document.Terms.Length; i++)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrNullRef(postings, document.Terms[i]);
                list.Pairs[list.Filled++] = number;
                list.Pairs[list.Filled++] = document.Weights[i];
            }
        }

        var terms = postings.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Pairs)).ToList();
        var folds = terms
            .Select(t => t.Key)
            .Where(Folding.Changes)
            .GroupBy(Folding.Fold, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return new SearchIndex(
            analysis,
            ordered.Select(d => d.Document).ToList(),
            ordered.Count(d => d.Document.Kind == SearchKind.Relationship),
            terms,
            folds);
    }
}
