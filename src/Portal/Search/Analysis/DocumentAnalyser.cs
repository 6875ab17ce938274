using System.Runtime.InteropServices;

namespace Portal.Search.Analysis;

/// <summary>A page's index terms, each with how much it weighs in the page (1 to <see cref="DocumentAnalyser.MaxWeight"/>).</summary>
public sealed record AnalysedDocument(SearchDocument Document, string[] Terms, byte[] Weights);

/// <summary>
/// Turns pages into index terms for one language. A word in a page's names weighs most, one in its context less, and
/// each time a word stands in its text a little, up to a cap (a long text does not outweigh a name). Each distinct
/// word is analysed once per thread: a build's pages share a vocabulary far smaller than their words, and a cache of
/// its own spares each thread the locks of a shared one.
/// </summary>
public sealed class DocumentAnalyser(LanguageAnalysis analysis)
{
    public const int NameWeight = 8;
    public const int ContextWeight = 4;
    public const int MaxTextWeight = 3;
    public const int MaxWeight = 15;

    /// <summary>What each thread analyses with: its cache of words, and the tables one page is counted in, kept from page
    /// to page (made anew, they grew a dozen arrays per page, a tenth of what the search allocated).</summary>
    private readonly ThreadLocal<Scratch> scratch = new(() => new Scratch());

    private sealed class Scratch
    {
        /// <summary>A word's terms, the secondary already marked (it is met on thousands of pages); null for a stop word.</summary>
        public Dictionary<string, WordTerms?> Words { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Weights { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
    }

    public LanguageAnalysis Analysis => analysis;

    public AnalysedDocument Analyse(SearchDocument document)
    {
        var tables = scratch.Value!;
        var weights = tables.Weights;
        var seen = tables.Seen;
        weights.Clear();
        AddField(weights, seen, document.Title, NameWeight);
        foreach (var name in document.Names)
        {
            AddField(weights, seen, name, NameWeight);
        }

        foreach (var context in document.Context)
        {
            AddField(weights, seen, context, ContextWeight);
        }

        // A text shown untranslated is another language's, found on its own page by that language's analysis.
        var counts = tables.Counts;
        counts.Clear();
        VisitTerms(document.UntranslatedLanguage is null ? document.Text : string.Empty, counts, static (term, counts) => CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _)++);
        foreach (var (term, count) in counts)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(weights, term, out _) += Math.Min(count, MaxTextWeight);
        }

        var terms = new string[weights.Count];
        var bytes = new byte[weights.Count];
        var i = 0;
        foreach (var (term, weight) in weights)
        {
            terms[i] = term;
            bytes[i++] = (byte)Math.Min(weight, MaxWeight);
        }

        return new AnalysedDocument(document, terms, bytes);
    }

    /// <summary>The terms of <paramref name="text"/>'s words, a term once for each word it stands for.</summary>
    public void VisitTerms<TState>(string text, TState state, Action<string, TState> visit)
    {
        var cache = scratch.Value!.Words;
        Words.Visit(text, (this, cache.GetAlternateLookup<ReadOnlySpan<char>>(), state, visit), static (word, s) =>
        {
            if (!s.Item2.TryGetValue(word, out var terms))
            {
                var text = word.ToString();
                terms = s.Item1.TermsOf(text);
                s.Item2.Dictionary[text] = terms;
            }

            if (terms is { } found)
            {
                s.visit(found.Primary, s.state);
                if (found.Secondary is { } secondary)
                {
                    s.visit(secondary, s.state);
                }
            }
        });
    }

    private WordTerms? TermsOf(string word)
    {
        if (analysis.StopWords.Contains(word))
        {
            return null;
        }

        var terms = analysis.Analyse(word);
        return terms with { Secondary = terms.Secondary is { } secondary ? LanguageAnalysis.SecondaryMark + secondary : null };
    }

    /// <summary>A field's terms weigh the same however often they stand in it.</summary>
    private void AddField(Dictionary<string, int> weights, HashSet<string> seen, string text, int weight)
    {
        seen.Clear();
        VisitTerms(text, (weights, seen, weight), static (term, s) =>
        {
            if (s.seen.Add(term))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(s.weights, term, out _) += s.weight;
            }
        });
    }
}
